package fr.education.traam.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Resident memory of the platform's JVMs, from {@code /proc/<pid>/status} (Linux only). The benchmark's own JVM is
 * listed as {@code kafka+mongo+bench}: the launcher runs the broker and the MongoDB server in the JVM that starts it.
 */
final class Footprint {

    static final String HOST_JVM = "kafka+mongo+bench";

    private Footprint() {
    }

    /** Megabytes resident per component, {@code -1} where the kernel does not say (not Linux, process gone). */
    static Map<String, Long> residentMegabytes(Map<String, Long> pids) {
        Map<String, Long> resident = new LinkedHashMap<>();
        pids.forEach((name, pid) -> resident.put(name, vmRssMegabytes(pid)));
        resident.put(HOST_JVM, vmRssMegabytes(ProcessHandle.current().pid()));
        return resident;
    }

    /**
     * Waits until the components have been nearly idle (under a fifth of a core between them) for three seconds in a
     * row, at most {@code limit}: the drafting before the fan-out leaves every service consuming {@code campaign-created} events,
     * and sending while they catch up would measure their backlog instead of the fan-out. Returns whether they settled.
     */
    static boolean awaitQuiet(Map<String, Long> pids, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        long before = cpuTicks(pids);
        int quietSeconds = 0;
        while (System.nanoTime() < deadline) {
            Thread.sleep(1000);
            long now = cpuTicks(pids);
            // Clock ticks are 1/100 s on Linux: 20 ticks in one second is a fifth of a core.
            quietSeconds = now - before < 20 ? quietSeconds + 1 : 0;
            if (quietSeconds == 3) {
                return true;
            }
            before = now;
        }
        return false;
    }

    private static long cpuTicks(Map<String, Long> pids) {
        long ticks = 0;
        for (long pid : pids.values()) {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            } catch (IOException | RuntimeException e) {
                // Not Linux or the process is gone: count nothing, the wait ends on its limit at worst.
            }
        }
        return ticks;
    }

    private static long vmRssMegabytes(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> line.replaceAll("[^0-9]", ""))
                    .mapToLong(kilobytes -> Long.parseLong(kilobytes) / 1024)
                    .findFirst().orElse(-1);
        } catch (IOException e) {
            return -1;
        }
    }
}
