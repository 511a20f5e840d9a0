package fr.education.traam.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * How long {@code ./traam up} takes, from the command to the launcher's "Ready" (it prints it once Kafka, MongoDB,
 * every service and the gateway answer UP), then Ctrl-C's signal and the wait for everything to stop. It runs the
 * developer's own command in the repository, on its documented ports and {@code .traam/} data, before the benchmark
 * starts its own platform: when a platform already runs there (ports taken), it measures nothing and says why.
 */
final class TraamUp {

    /** The seconds to ready, or why there are none. */
    record Result(Double seconds, String note) {
    }

    private TraamUp() {
    }

    static Result measure(Path repository, Duration limit) throws InterruptedException {
        long started = System.nanoTime();
        Process up;
        try {
            ProcessBuilder command = new ProcessBuilder(repository.resolve("traam").toString(), "up")
                    .directory(repository.toFile()).redirectErrorStream(true);
            // The jars the benchmark's command just built: a rebuild would be timed, and stopped half-way.
            command.environment().put("TRAAM_SKIP_BUILD", "1");
            up = command.start();
        } catch (IOException e) {
            return new Result(null, "./traam could not start: " + e.getMessage());
        }
        CompletableFuture<String> outcome = CompletableFuture.supplyAsync(() -> readUntilReady(up));
        try {
            String line = outcome.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            if (line.startsWith("Ready in")) {
                return new Result(FeedLoad.round((System.nanoTime() - started) / 1e9), "");
            }
            return new Result(null, line);
        } catch (TimeoutException e) {
            return new Result(null, "not ready within " + limit.toSeconds() + " s");
        } catch (ExecutionException e) {
            return new Result(null, "./traam up failed: " + e.getCause());
        } finally {
            // SIGTERM, as Ctrl-C: the launcher's shutdown hook stops the components, then Kafka and MongoDB.
            up.destroy();
            if (!up.waitFor(60, TimeUnit.SECONDS)) {
                up.destroyForcibly();
            }
        }
    }

    /**
     * The launcher's "Ready in …" line, or the line that says why it stopped, or its last line. The output is read to
     * its end in any case, by a daemon once ready: a launcher blocked on a full pipe would not stop.
     */
    private static String readUntilReady(Process up) {
        BufferedReader out = new BufferedReader(new InputStreamReader(up.getInputStream(), StandardCharsets.UTF_8));
        String last = "./traam up ended without a word";
        try {
            String line;
            while ((line = out.readLine()) != null) {
                String trimmed = line.strip();
                if (trimmed.startsWith("Ready in") || trimmed.startsWith("traam:")) {
                    Thread drainer = new Thread(() -> drain(out), "bench-traam-up-output");
                    drainer.setDaemon(true);
                    drainer.start();
                    return trimmed;
                }
                if (!trimmed.isEmpty()) {
                    last = trimmed;
                }
            }
            return last;
        } catch (IOException e) {
            return "reading ./traam up's output failed: " + e.getMessage();
        }
    }

    private static void drain(BufferedReader out) {
        try {
            while (out.readLine() != null) {
                // Discarded: only the time to ready matters here.
            }
        } catch (IOException e) {
            // The launcher stopped; nothing more to read.
        } finally {
            try {
                out.close();
            } catch (IOException e) {
                // Closing a finished pipe: nothing to do.
            }
        }
    }
}
