package fr.education.traam.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code .traam/run/pids}: the launcher and the component JVMs of the running platform.
 *
 * <p>A Spring Boot application cannot watch its parent, so a launcher killed with SIGKILL leaves its components
 * running and holding their ports. The next {@code up} reads this file: a live launcher means the platform is
 * already up; a dead one means its leftover components are stopped before starting again. Each line keeps the
 * start time of the process, so a pid reused by an unrelated process is never touched.
 */
final class RunFile {

    /** One process: what it was, its pid and when it started (epoch milliseconds, -1 when unknown). */
    record Entry(String name, long pid, long startedAt) {

        static final String LAUNCHER = "launcher";

        static Entry of(String name, ProcessHandle process) {
            return new Entry(name, process.pid(), process.info().startInstant().map(Instant::toEpochMilli).orElse(-1L));
        }

        /** The process itself, if it is still the one recorded and still alive. */
        Optional<ProcessHandle> live() {
            return ProcessHandle.of(pid)
                    .filter(Processes::running)
                    .filter(process -> startedAt < 0
                            || process.info().startInstant().map(Instant::toEpochMilli).orElse(-1L) == startedAt);
        }

        String line() {
            return name + " " + pid + " " + startedAt;
        }

        static Entry parse(String line) {
            String[] fields = line.strip().split("\\s+");
            if (fields.length != 3) {
                throw new IllegalArgumentException("not a pid line: " + line);
            }
            return new Entry(fields[0], Long.parseLong(fields[1]), Long.parseLong(fields[2]));
        }
    }

    /** What the file says about an earlier run. */
    sealed interface Previous {

        /** No earlier run, or it ended cleanly. */
        record None() implements Previous {
        }

        /** The launcher of an earlier run is alive: the platform is up, with these of its components alive. */
        record Running(Entry launcher, List<Entry> components) implements Previous {

            long launcherPid() {
                return launcher.pid();
            }
        }

        /** The launcher died; these of its components are still alive. */
        record Stale(List<Entry> leftovers) implements Previous {
        }
    }

    private final Path file;

    RunFile(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    Previous previous() {
        List<Entry> entries = read();
        List<Entry> components = entries.stream()
                .filter(entry -> !Entry.LAUNCHER.equals(entry.name()))
                .filter(entry -> entry.live().isPresent())
                .toList();
        for (Entry entry : entries) {
            if (Entry.LAUNCHER.equals(entry.name()) && entry.live().isPresent()) {
                return new Previous.Running(entry, components);
            }
        }
        return components.isEmpty() ? new Previous.None() : new Previous.Stale(components);
    }

    /** Starts a new run: this launcher, and nothing else yet. */
    synchronized void begin() {
        write(List.of(Entry.of(Entry.LAUNCHER, ProcessHandle.current())), StandardOpenOption.TRUNCATE_EXISTING);
    }

    synchronized void add(String name, ProcessHandle process) {
        write(List.of(Entry.of(name, process)), StandardOpenOption.APPEND);
    }

    /** The run ended cleanly: nothing is left to clean up. */
    synchronized void end() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file, e);
        }
    }

    private List<Entry> read() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            List<Entry> entries = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    entries.add(Entry.parse(line));
                }
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + " is damaged (" + e.getMessage() + "); delete it and retry", e);
        }
    }

    private void write(List<Entry> entries, StandardOpenOption mode) {
        try {
            Files.createDirectories(file.getParent());
            StringBuilder text = new StringBuilder();
            entries.forEach(entry -> text.append(entry.line()).append('\n'));
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, mode, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
