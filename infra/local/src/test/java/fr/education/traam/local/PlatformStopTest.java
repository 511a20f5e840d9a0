package fr.education.traam.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./traam stop} against launchers that do not stop by themselves: real processes, recorded in a run file. */
class PlatformStopTest {

    @TempDir
    Path root;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final Console console = new Console(
            new PrintStream(output, true, StandardCharsets.UTF_8), new PrintStream(output, true, StandardCharsets.UTF_8));
    private Process process;

    @AfterEach
    void killWhatIsLeft() {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    @Test
    void kills_a_launcher_that_does_not_stop_in_time_with_all_it_started_and_says_so() throws Exception {
        // Ignores SIGTERM and has a child: a launcher stuck in its shutdown hook.
        process = stubborn();
        long child = childPid();
        RunFile runFile = runFile(RunFile.Entry.of(RunFile.Entry.LAUNCHER, process.toHandle()).line());

        int exitCode = new PlatformStop(runFile, Duration.ofSeconds(2), Duration.ofSeconds(2), console).stop();

        assertThat(exitCode).isEqualTo(TraamLocal.FAILED);
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("traam: the launcher (pid " + process.pid()
                + ") did not stop within 2 s; killed pid(s) " + process.pid() + ", " + child);
        // Killed, it is a zombie until this JVM's reaper collects it: give the reaper a moment, not the launcher.
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("the launcher is gone").isTrue();
        assertThat(ProcessHandle.of(child).filter(Processes::running)).isEmpty();
        assertThat(runFile.file()).doesNotExist();
    }

    @Test
    void stops_the_components_a_dead_launcher_left() throws Exception {
        process = new ProcessBuilder("sleep", "300").start();
        RunFile runFile = runFile("launcher " + ProcessHandle.current().pid() + " 1\n"
                + RunFile.Entry.of("campaigns", process.toHandle()).line());

        int exitCode = new PlatformStop(runFile, Duration.ofSeconds(2), Duration.ofSeconds(2), console).stop();

        assertThat(exitCode).isEqualTo(TraamLocal.OK);
        assertThat(output.toString(StandardCharsets.UTF_8))
                .contains("The launcher had died; stopping the component(s) it left: campaigns (pid " + process.pid() + ")");
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("the component is gone").isTrue();
        assertThat(runFile.file()).doesNotExist();
    }

    private Process stubborn() throws IOException {
        Path jar = TestJars.executable(root, Path.of("stubborn.jar"), StubbornComponent.class);
        return new ProcessBuilder(PlatformSettings.currentJava().toString(), "-Xmx32m", "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(root.resolve("stubborn.log").toFile()).start();
    }

    private long childPid() throws Exception {
        Path log = root.resolve("stubborn.log");
        for (int attempt = 0; attempt < 300; attempt++) {
            String text = Files.readString(log);
            if (text.contains("child ")) {
                return Long.parseLong(text.replaceAll("(?s).*child (\\d+).*", "$1"));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the stubborn launcher never started its child");
    }

    private RunFile runFile(String lines) throws IOException {
        Path file = root.resolve(".traam/run/pids");
        Files.createDirectories(file.getParent());
        Files.writeString(file, lines + "\n");
        return new RunFile(file);
    }
}
