package fr.education.traam.local;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code ./traam stop}: stops, from another process, the platform a launcher runs, as a service manager stops a
 * service. The run file names the launcher; only the launcher is asked to stop (SIGTERM), so that it stops its
 * components in its own order, gateway first, Kafka and MongoDB last. Whatever of it is still alive after the
 * timeout is killed: nothing outlives the command.
 */
final class PlatformStop {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(200);
    private static final Duration KILL_WAIT = Duration.ofSeconds(5);

    private final RunFile runFile;
    private final Duration timeout;
    private final Duration stopGrace;
    private final Console console;

    /**
     * @param timeout   how long the launcher may take to stop everything before it and all it started are killed
     * @param stopGrace how long a component left by a launcher that died may take to stop before it is killed
     */
    PlatformStop(RunFile runFile, Duration timeout, Duration stopGrace, Console console) {
        this.runFile = runFile;
        this.timeout = timeout;
        this.stopGrace = stopGrace;
        this.console = console;
    }

    /** Exit code: {@link TraamLocal#OK} once nothing of the platform runs any more and it stopped by itself. */
    int stop() {
        RunFile.Previous previous = runFile.previous();
        if (previous instanceof RunFile.Previous.Running running) {
            return stop(running);
        }
        if (previous instanceof RunFile.Previous.Stale stale) {
            console.line("The launcher had died; stopping the component(s) it left: " + describe(stale.leftovers()));
            Processes.stop(stale.leftovers().stream().flatMap(entry -> entry.live().stream()).toList(), stopGrace);
            runFile.end();
            console.line("Stopped.");
            return TraamLocal.OK;
        }
        console.error("traam: the platform is not running (no live launcher in " + runFile.file() + ")");
        return TraamLocal.FAILED;
    }

    private int stop(RunFile.Previous.Running running) {
        ProcessHandle launcher = running.launcher().live().orElse(null);
        if (launcher == null) {
            console.line("The launcher (pid " + running.launcherPid() + ") has just stopped.");
            return TraamLocal.OK;
        }
        // Listed now: once the launcher is gone, its children are re-parented and no longer reachable from it.
        Map<Long, ProcessHandle> everything = new LinkedHashMap<>();
        everything.put(launcher.pid(), launcher);
        launcher.descendants().forEach(process -> everything.put(process.pid(), process));
        running.components().forEach(entry -> entry.live().ifPresent(process -> everything.put(process.pid(), process)));

        console.line("Stopping the TraAM platform (launcher pid " + launcher.pid() + ", "
                + running.components().size() + " component(s))...");
        launcher.destroy();
        boolean launcherStopped = awaitGone(List.of(launcher), timeout);
        List<ProcessHandle> survivors = everything.values().stream().filter(Processes::running).toList();
        if (launcherStopped && survivors.isEmpty()) {
            console.line("Stopped.");
            return TraamLocal.OK;
        }
        survivors.forEach(ProcessHandle::destroyForcibly);
        awaitGone(survivors, KILL_WAIT);
        List<ProcessHandle> unkillable = survivors.stream().filter(Processes::running).toList();
        String killed = survivors.stream().map(process -> Long.toString(process.pid()))
                .collect(Collectors.joining(", ", "killed pid(s) ", ""));
        console.error("traam: " + (launcherStopped
                ? "the launcher stopped but left processes running; " + killed
                : "the launcher (pid " + launcher.pid() + ") did not stop within " + timeout.toSeconds() + " s; "
                        + killed + " (it and what it started)")
                + (unkillable.isEmpty() ? "" : "; still alive: " + unkillable.stream()
                        .map(process -> Long.toString(process.pid())).collect(Collectors.joining(", "))));
        if (unkillable.isEmpty()) {
            // A launcher killed cannot remove its run file; nothing it lists runs any more.
            runFile.end();
        }
        return TraamLocal.FAILED;
    }

    /** Whether all of {@code processes} were gone before {@code limit}. */
    private static boolean awaitGone(List<ProcessHandle> processes, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        List<ProcessHandle> left = new ArrayList<>(processes);
        while (true) {
            left.removeIf(process -> !Processes.running(process));
            if (left.isEmpty()) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(POLL_INTERVAL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    private static String describe(List<RunFile.Entry> entries) {
        return entries.stream().map(entry -> entry.name() + " (pid " + entry.pid() + ")")
                .collect(Collectors.joining(", "));
    }
}
