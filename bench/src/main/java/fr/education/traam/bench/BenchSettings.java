package fr.education.traam.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What one benchmark run does.
 *
 * @param repository    the repository root, whose build made the jars the platform runs
 * @param results       where {@code latest.json}, its dated copy, {@code latest.md} and {@code latest.svg} go
 * @param rate          fan-out events per second
 * @param duration      how long the fan-out sends for
 * @param requests      feed requests per target (direct, gateway), after as many for warm-up
 * @param concurrency   clients of the feed load
 * @param kafkaMessages records sent one at a time by Kafka's EndToEndLatency
 * @param importRows    rows of the dedicated file whose import is timed
 * @param profile       whether each component JVM records a Java Flight Recording, kept beside the results
 * @param traamUp       whether to time {@code ./traam up} in the repository first (on its documented ports and data)
 * @param keepLogs      whether to keep the platform's temporary folder (its components' logs) after a run that passed
 * @param clientCompilerOnly whether the component JVMs keep only the client compiler, as a test platform does: they
 *                      start sooner and never reach their steady pace, so the figures say only that the run works
 * @param compareWith   an earlier run's JSON, whose figures the summary sets beside this run's; null for none
 */
record BenchSettings(Path repository, Path results, double rate, Duration duration, int requests, int concurrency,
                     int kafkaMessages, int importRows, boolean profile, boolean traamUp, boolean keepLogs,
                     boolean clientCompilerOnly, Path compareWith, List<String> components) {

    /** The services the fan-out, the feed and the import pass through; the gateway comes with them. */
    static final List<String> MEASURED_SERVICES = List.of("campaigns", "candidatures", "dissemination");

    BenchSettings {
        components = List.copyOf(components);
        if (rate <= 0 || duration.isNegative() || duration.isZero() || requests < 1 || concurrency < 1
                || kafkaMessages < 1 || importRows < 1) {
            throw new IllegalArgumentException("rate, duration, requests, concurrency, messages and rows must be positive");
        }
    }

    static BenchSettings defaults(Path repository) {
        return new BenchSettings(repository, repository.resolve("bench/results"), 200, Duration.ofSeconds(60), 5_000, 8,
                5_000, 10_000, false, true, false, false, null, List.of());
    }

    /** How many events the fan-out sends. */
    int events() {
        return (int) Math.max(1, Math.round(rate * duration.toMillis() / 1000.0));
    }

    /**
     * Reads {@code --rate 200 --duration 60s --requests 5000 --concurrency 8 --messages 5000 --rows 10000
     * --results dir --compare earlier.json --components campaigns,dissemination --profile --no-traam-up --keep-logs
     * --client-compiler-only}.
     */
    static BenchSettings parse(Path repository, String... arguments) {
        BenchSettings d = defaults(repository);
        Path results = d.results;
        double rate = d.rate;
        Duration duration = d.duration;
        int requests = d.requests;
        int concurrency = d.concurrency;
        int kafkaMessages = d.kafkaMessages;
        int importRows = d.importRows;
        boolean profile = false;
        boolean traamUp = true;
        boolean keepLogs = false;
        boolean clientCompilerOnly = false;
        Path compareWith = null;
        List<String> components = d.components;
        for (int i = 0; i < arguments.length; i++) {
            String option = arguments[i];
            if (option.equals("--profile")) {
                profile = true;
                continue;
            }
            if (option.equals("--no-traam-up")) {
                traamUp = false;
                continue;
            }
            if (option.equals("--keep-logs")) {
                keepLogs = true;
                continue;
            }
            if (option.equals("--client-compiler-only")) {
                clientCompilerOnly = true;
                continue;
            }
            if (++i >= arguments.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = arguments[i];
            switch (option) {
                case "--rate" -> rate = Double.parseDouble(value);
                case "--duration" -> duration = seconds(value);
                case "--requests" -> requests = Integer.parseInt(value);
                case "--concurrency" -> concurrency = Integer.parseInt(value);
                case "--messages" -> kafkaMessages = Integer.parseInt(value);
                case "--rows" -> importRows = Integer.parseInt(value);
                case "--results" -> results = Path.of(value);
                case "--compare" -> compareWith = Path.of(value);
                case "--components" -> components = List.of(value.split(","));
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        return new BenchSettings(repository, results, rate, duration, requests, concurrency, kafkaMessages, importRows,
                profile, traamUp, keepLogs, clientCompilerOnly, compareWith, components);
    }

    private static Duration seconds(String value) {
        String number = value.endsWith("s") ? value.substring(0, value.length() - 1) : value;
        return Duration.ofMillis(Math.round(Double.parseDouble(number) * 1000));
    }
}
