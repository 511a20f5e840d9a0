package fr.education.traam.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFileTest {

    @TempDir
    Path directory;

    private Process leftover;

    @AfterEach
    void killLeftover() {
        if (leftover != null) {
            leftover.destroyForcibly();
        }
    }

    @Test
    void sees_no_previous_run_without_a_file() {
        assertThat(new RunFile(directory.resolve("run/pids")).previous()).isEqualTo(new RunFile.Previous.None());
    }

    @Test
    void sees_a_live_launcher_as_a_running_platform() {
        RunFile runFile = new RunFile(directory.resolve("run/pids"));
        runFile.begin();

        assertThat(runFile.previous()).isInstanceOfSatisfying(RunFile.Previous.Running.class,
                running -> assertThat(running.launcherPid()).isEqualTo(ProcessHandle.current().pid()));
    }

    @Test
    void sees_the_live_components_of_a_dead_launcher_as_leftovers() throws IOException {
        leftover = new ProcessBuilder("sleep", "300").start();
        RunFile.Entry component = RunFile.Entry.of("campaigns", leftover.toHandle());
        Path file = directory.resolve("pids");
        // The launcher's pid now belongs to another process (this JVM, started at another time): it is dead.
        Files.writeString(file, "launcher " + ProcessHandle.current().pid() + " 1\n" + component.line() + "\n");

        assertThat(new RunFile(file).previous()).isEqualTo(new RunFile.Previous.Stale(java.util.List.of(component)));
    }

    @Test
    void never_takes_a_reused_pid_for_a_leftover() throws IOException {
        leftover = new ProcessBuilder("sleep", "300").start();
        Path file = directory.resolve("pids");
        Files.writeString(file, "campaigns " + leftover.pid() + " 1\n");

        assertThat(new RunFile(file).previous()).isEqualTo(new RunFile.Previous.None());
    }

    @Test
    void takes_a_killed_but_unreaped_launcher_for_dead() throws Exception {
        // The shell becomes `sleep 300`, which never reaps its background child: that child ends as a zombie.
        leftover = new ProcessBuilder("sh", "-c", "sleep 0.2 & exec sleep 300").start();
        ProcessHandle child = awaitChild(leftover.toHandle());
        RunFile.Entry launcher = RunFile.Entry.of(RunFile.Entry.LAUNCHER, child);
        Thread.sleep(1_000);

        assertThat(child.isAlive()).as("Java counts the zombie as alive").isTrue();
        assertThat(launcher.live()).isEmpty();
    }

    @Test
    void forgets_everything_once_the_run_ends() {
        RunFile runFile = new RunFile(directory.resolve("run/pids"));
        runFile.begin();
        runFile.add("campaigns", ProcessHandle.current());

        runFile.end();

        assertThat(runFile.file()).doesNotExist();
    }

    private static ProcessHandle awaitChild(ProcessHandle parent) throws InterruptedException {
        for (int attempt = 0; attempt < 50; attempt++) {
            java.util.Optional<ProcessHandle> child = parent.children().findFirst();
            if (child.isPresent()) {
                return child.get();
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no child process appeared");
    }

    @Test
    void stopping_leftovers_ends_them() throws Exception {
        leftover = new ProcessBuilder("sleep", "300").start();

        Processes.stop(java.util.List.of(leftover.toHandle()), java.time.Duration.ofSeconds(5));

        assertThat(leftover.waitFor(5, TimeUnit.SECONDS)).isTrue();
    }
}
