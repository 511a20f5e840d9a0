package fr.education.traam.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * {@code java -jar bench/target/traam-bench.jar [--rate 200] [--duration 60s] [--requests 5000] [--concurrency 8]
 * [--messages 5000] [--results bench/results]}, from the repository root after a build: starts the platform on free
 * ports in a temporary folder, measures it, stops it and writes the results. Exits 1 when the run fails; the
 * temporary folder, with the components' logs, is then kept.
 */
public final class TraamBench {

    private TraamBench() {
    }

    public static void main(String[] arguments) throws Exception {
        BenchConsole console = new BenchConsole(System.out, System.err);
        BenchSettings settings;
        try {
            settings = BenchSettings.parse(Path.of("").toAbsolutePath(), arguments);
        } catch (IllegalArgumentException e) {
            console.error(e.getMessage());
            System.exit(2);
            return;
        }
        Path home = Files.createTempDirectory("traam-bench-");
        try {
            BenchResults results = BenchRun.run(settings, home, console::line);
            Comparison comparison = settings.compareWith() == null ? null : Comparison.of(settings.compareWith(), results);
            List<Path> written = Reports.write(results, settings.results(), comparison);
            console.line(Reports.markdown(results) + (comparison == null ? "" : comparison.markdown()));
            console.line("Wrote " + written);
            if (settings.keepLogs()) {
                console.line("The platform's logs are under " + home.resolve(".traam/logs"));
            } else {
                deleteQuietly(home);
            }
        } catch (Exception e) {
            console.error("The benchmark failed: " + e + (e.getCause() == null ? "" : ", caused by " + e.getCause())
                    + "; the platform's logs are under " + home.resolve(".traam/logs"));
            System.exit(1);
        }
    }

    private static void deleteQuietly(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
