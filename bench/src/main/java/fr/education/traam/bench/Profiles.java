package fr.education.traam.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * Java Flight Recordings of the component JVMs ({@code --profile}): how the benchmark finds where the time goes.
 * Each JVM records with the JDK's {@code profile} settings and writes its file when it exits; the files are then
 * named after their component, e.g. {@code bench/results/profiles/2026-11-24T01-10-00Z/campaigns.jfr}. Read them with
 * {@code jfr print} or, on JDK 21 and later, {@code jfr view hot-methods <file>}.
 */
final class Profiles {

    static final Profiles NONE = new Profiles(null);

    private final Path folder;
    private Recording own;

    private Profiles(Path folder) {
        this.folder = folder;
    }

    static Profiles under(Path results, Instant startedAt) {
        return new Profiles(results.resolve("profiles").resolve(startedAt.toString().replace(':', '-')));
    }

    List<String> jvmOptions() {
        if (folder == null) {
            return List.of();
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create " + folder, e);
        }
        // A folder as the file name: each JVM writes its own recording there, named with its pid.
        return List.of("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + folder.toAbsolutePath() + "/");
    }

    /** Records this JVM too: it hosts Kafka and the MongoDB server, whose costs the services' recordings do not show. */
    void recordHost() {
        if (folder == null) {
            return;
        }
        try {
            own = new Recording(Configuration.getConfiguration("profile"));
            own.start();
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("the JDK's profile settings are not readable", e);
        }
    }

    /** Renames each recording after the component whose pid it carries, and writes this JVM's. */
    void nameAfter(Map<String, Long> pids, Consumer<String> progress) {
        if (folder == null) {
            return;
        }
        if (own != null) {
            try (Recording recording = own) {
                recording.dump(folder.resolve(Footprint.HOST_JVM + ".jfr"));
            } catch (IOException e) {
                progress.accept("Could not write this JVM's recording: " + e);
            }
        }
        pids.forEach((component, pid) -> {
            try (var files = Files.list(folder)) {
                files.filter(file -> file.getFileName().toString().contains("pid-" + pid + "-")).findFirst()
                        .ifPresent(file -> {
                            try {
                                Files.move(file, folder.resolve(component + ".jfr"));
                            } catch (IOException e) {
                                progress.accept("Could not name " + file + " after " + component + ": " + e);
                            }
                        });
            } catch (IOException e) {
                progress.accept("Could not list " + folder + ": " + e);
            }
        });
        progress.accept("Flight recordings in " + folder);
    }
}
