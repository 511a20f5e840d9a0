package fr.education.traam.bench;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What one benchmark run does.
 *
 * @param repository    the repository root, whose build made the jars the platform runs
 * @param results       where {@code latest.json}, its dated copy, {@code latest.md} and {@code latest.svg} go
 * @param rate          opening calls per second sent by the fan-out
 * @param duration      how long the fan-out sends for
 * @param requests      feed requests per target (direct, gateway), after as many for warm-up
 * @param concurrency   clients of the feed load
 * @param kafkaMessages records sent one at a time by Kafka's EndToEndLatency
 */
record BenchSettings(Path repository, Path results, double rate, Duration duration, int requests, int concurrency,
                     int kafkaMessages) {

    BenchSettings {
        if (rate <= 0 || duration.isNegative() || duration.isZero() || requests < 1 || concurrency < 1
                || kafkaMessages < 1) {
            throw new IllegalArgumentException("rate, duration, requests, concurrency and messages must be positive");
        }
    }

    static BenchSettings defaults(Path repository) {
        return new BenchSettings(repository, repository.resolve("bench/results"), 200, Duration.ofSeconds(60), 5_000, 8,
                5_000);
    }

    /** How many opening calls the fan-out sends: one campaign drafted beforehand for each. */
    int events() {
        return (int) Math.max(1, Math.round(rate * duration.toMillis() / 1000.0));
    }

    /** Reads {@code --rate 200 --duration 60s --requests 5000 --concurrency 8 --messages 5000 --results dir}. */
    static BenchSettings parse(Path repository, String... arguments) {
        BenchSettings settings = defaults(repository);
        for (int i = 0; i < arguments.length; i += 2) {
            if (i + 1 >= arguments.length) {
                throw new IllegalArgumentException(arguments[i] + " needs a value");
            }
            String value = arguments[i + 1];
            settings = switch (arguments[i]) {
                case "--rate" -> settings.with(Double.parseDouble(value), settings.duration, settings.requests,
                        settings.concurrency, settings.kafkaMessages, settings.results);
                case "--duration" -> settings.with(settings.rate, seconds(value), settings.requests,
                        settings.concurrency, settings.kafkaMessages, settings.results);
                case "--requests" -> settings.with(settings.rate, settings.duration, Integer.parseInt(value),
                        settings.concurrency, settings.kafkaMessages, settings.results);
                case "--concurrency" -> settings.with(settings.rate, settings.duration, settings.requests,
                        Integer.parseInt(value), settings.kafkaMessages, settings.results);
                case "--messages" -> settings.with(settings.rate, settings.duration, settings.requests,
                        settings.concurrency, Integer.parseInt(value), settings.results);
                case "--results" -> settings.with(settings.rate, settings.duration, settings.requests,
                        settings.concurrency, settings.kafkaMessages, Path.of(value));
                default -> throw new IllegalArgumentException("unknown option " + arguments[i]);
            };
        }
        return settings;
    }

    private BenchSettings with(double rate, Duration duration, int requests, int concurrency, int kafkaMessages,
                               Path results) {
        return new BenchSettings(repository, results, rate, duration, requests, concurrency, kafkaMessages);
    }

    private static Duration seconds(String value) {
        String number = value.endsWith("s") ? value.substring(0, value.length() - 1) : value;
        return Duration.ofMillis(Math.round(Double.parseDouble(number) * 1000));
    }
}
