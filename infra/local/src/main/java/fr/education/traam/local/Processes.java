package fr.education.traam.local;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Stops processes so that none is left behind, whatever they do with SIGTERM. */
final class Processes {

    private static final Duration KILL_WAIT = Duration.ofSeconds(5);

    private Processes() {
    }

    /**
     * Asks every process to stop (SIGTERM, so Spring Boot shuts down gracefully), waits up to {@code grace} for all
     * of them together, then kills what is left. Descendants are listed before the parent goes, because once it has
     * gone they are re-parented and no longer reachable from it.
     */
    static void stop(List<ProcessHandle> processes, Duration grace) {
        List<ProcessHandle> everything = new ArrayList<>();
        for (ProcessHandle process : processes) {
            everything.add(process);
            process.descendants().forEach(everything::add);
        }
        processes.forEach(ProcessHandle::destroy);
        awaitExit(processes, grace);
        List<ProcessHandle> survivors = everything.stream().filter(ProcessHandle::isAlive).toList();
        survivors.forEach(ProcessHandle::destroyForcibly);
        awaitExit(survivors, KILL_WAIT);
    }

    private static void awaitExit(List<ProcessHandle> processes, Duration timeout) {
        CompletableFuture<?>[] exits = processes.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // Survivors are killed by the caller.
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot wait for processes to end", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
