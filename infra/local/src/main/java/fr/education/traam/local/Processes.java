package fr.education.traam.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /**
     * Whether the process still runs. A process killed with SIGKILL stays a zombie until its parent reaps it, and Java
     * counts a zombie as alive; Linux shows the state in {@code /proc}, elsewhere there is nothing to check.
     */
    static boolean running(ProcessHandle process) {
        return process.isAlive() && !isZombie(process.pid());
    }

    /**
     * Whether the process ignores SIGINT, as a background job of a non-interactive shell does from its start; a JVM
     * keeps a signal it inherited ignored, so Ctrl-C or {@code kill -INT} would never reach its shutdown hooks. Linux
     * shows it in {@code /proc}; elsewhere this answers false.
     */
    static boolean ignoresInterrupt(ProcessHandle process) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("SigIgn:")) {
                    // A mask of ignored signals in hexadecimal, bit n-1 for signal n; SIGINT is 2.
                    return (Long.parseUnsignedLong(line.substring("SigIgn:".length()).strip(), 16) & 0b10) != 0;
                }
            }
            return false;
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    private static boolean isZombie(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            int afterName = stat.lastIndexOf(')') + 2;
            return afterName < stat.length() && stat.charAt(afterName) == 'Z';
        } catch (IOException e) {
            return false;
        }
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
