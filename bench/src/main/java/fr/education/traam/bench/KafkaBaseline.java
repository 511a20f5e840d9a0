package fr.education.traam.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kafka's own {@code EndToEndLatency} tool on the platform's broker: one producer, one consumer, one record at a time,
 * {@code acks=all}. Whatever the platform adds on top of Kafka is measured against this floor.
 *
 * <p>The tool runs in this JVM, where the broker already is: its public {@code main} ends the JVM, so its
 * package-private {@code mainNoExit} is called instead, and what it prints on standard output is parsed.
 */
final class KafkaBaseline {

    /** The figures the tool prints, in whole milliseconds for the percentiles. */
    record Result(int messages, int messageBytes, double averageMs, double p50Ms, double p99Ms, double p999Ms) {
    }

    private static final Pattern AVERAGE = Pattern.compile("Avg latency: ([0-9.,]+) ms");
    private static final Pattern PERCENTILES =
            Pattern.compile("Percentiles: 50th = (\\d+), 99th = (\\d+), 99\\.9th = (\\d+)");

    private KafkaBaseline() {
    }

    static Result run(String bootstrapServers, int messages, int messageBytes) {
        String output = captureStandardOutput(bootstrapServers, "traam.bench.end-to-end-latency",
                Integer.toString(messages), "all", Integer.toString(messageBytes));
        Matcher average = AVERAGE.matcher(output);
        Matcher percentiles = PERCENTILES.matcher(output);
        if (!average.find() || !percentiles.find()) {
            throw new IllegalStateException("EndToEndLatency printed no figures: " + output);
        }
        return new Result(messages, messageBytes, Double.parseDouble(average.group(1).replace(',', '.')),
                Double.parseDouble(percentiles.group(1)), Double.parseDouble(percentiles.group(2)),
                Double.parseDouble(percentiles.group(3)));
    }

    private static String captureStandardOutput(String... arguments) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            Method tool = Class.forName("org.apache.kafka.tools.EndToEndLatency")
                    .getDeclaredMethod("mainNoExit", String[].class);
            tool.setAccessible(true);
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            int exit = (int) tool.invoke(null, (Object) arguments);
            if (exit != 0) {
                throw new IllegalStateException("EndToEndLatency ended with " + exit + ": " + captured.toString(StandardCharsets.UTF_8));
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot run Kafka's EndToEndLatency tool", e);
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
