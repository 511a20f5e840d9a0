package fr.education.traam.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The repository's own {@code ./traam} script, copied into a folder of its own with {@link TestLauncher} as its
 * launcher jar: {@code up} starts real Kafka, MongoDB and a stub component JVM on free ports, started as a background
 * job of a non-interactive shell, the case where SIGINT arrives ignored; then each way of stopping it.
 */
class TraamScriptTest {

    private static final Path REPOSITORY = Path.of("../..").toAbsolutePath().normalize();
    private static final Duration READY_LIMIT = Duration.ofSeconds(90);
    private static final Duration STOP_LIMIT = Duration.ofSeconds(40);

    @TempDir
    Path root;

    private Process shell;

    @BeforeEach
    void layOutARepository() throws IOException {
        Files.copy(REPOSITORY.resolve("traam"), root.resolve("traam"), StandardCopyOption.COPY_ATTRIBUTES);
        TestJars.onTestClassPath(root, Path.of("infra/local/target/traam-local.jar"), TestLauncher.class);
        Path jar = Path.of("services/campaigns/target/campaigns.jar");
        TestJars.executable(root, jar, HealthyComponent.class);
        TestLauncher.write(root, TestSettings.of(
                new Components(List.of(new Component("campaigns", 1, FreePorts.next(), jar))), Duration.ofSeconds(60)));
    }

    @AfterEach
    void leaveNothingRunning() {
        if (shell != null) {
            shell.descendants().forEach(ProcessHandle::destroyForcibly);
            shell.destroyForcibly();
        }
    }

    @ParameterizedTest(name = "SIG{0}")
    @ValueSource(strings = {"INT", "TERM", "HUP"})
    void a_signal_stops_everything_even_when_up_runs_as_a_background_job(String signal) throws Exception {
        ProcessHandle launcher = upInTheBackground();
        List<ProcessHandle> components = componentsOf(launcher);

        run("kill", "-" + signal, Long.toString(launcher.pid()));

        assertStopped(launcher, components);
        assertThat(shell.waitFor(STOP_LIMIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void stop_from_another_process_stops_everything_and_says_so() throws Exception {
        ProcessHandle launcher = upInTheBackground();
        List<ProcessHandle> components = componentsOf(launcher);

        Outcome stop = traam("stop");

        assertThat(stop.exitCode()).as(stop.output()).isZero();
        assertThat(stop.output()).contains("Stopping the TraAM platform (launcher pid " + launcher.pid()
                + ", 1 component(s))...").contains("Stopped.");
        assertStopped(launcher, components);
    }

    @Test
    void stop_fails_saying_so_when_nothing_runs() throws Exception {
        Outcome stop = traam("stop");

        assertThat(stop.exitCode()).isEqualTo(1);
        assertThat(stop.output()).contains("traam: the platform is not running");
    }

    /** {@code bash -c './traam up &'}: bash starts a background job of a non-interactive shell with SIGINT ignored. */
    private ProcessHandle upInTheBackground() throws Exception {
        ProcessBuilder command = new ProcessBuilder("bash", "-c", "./traam up > up.log 2>&1 & echo $! > up.pid; wait")
                .directory(root.toFile());
        command.environment().put("TRAAM_SKIP_BUILD", "1");
        shell = command.start();
        long deadline = System.nanoTime() + READY_LIMIT.toNanos();
        while (!upLog().contains("Ready in")) {
            assertThat(shell.isAlive()).as("./traam up ended before it was ready: %s", upLog()).isTrue();
            assertThat(System.nanoTime()).as("./traam up not ready in time: %s", upLog()).isLessThan(deadline);
            Thread.sleep(200);
        }
        // ./traam execs env, which execs the JVM: the job's pid is the launcher's.
        long pid = Long.parseLong(Files.readString(root.resolve("up.pid")).strip());
        return ProcessHandle.of(pid).orElseThrow();
    }

    private List<ProcessHandle> componentsOf(ProcessHandle launcher) {
        List<ProcessHandle> components = launcher.children().toList();
        assertThat(components).as("the component JVMs").hasSize(1);
        return components;
    }

    private void assertStopped(ProcessHandle launcher, List<ProcessHandle> components) throws Exception {
        assertThat(launcher.onExit().completeOnTimeout(launcher, STOP_LIMIT.toSeconds(), TimeUnit.SECONDS).get()
                .isAlive()).as("the launcher still runs %s s later: %s", STOP_LIMIT.toSeconds(), upLog()).isFalse();
        assertThat(upLog()).contains("Stopping the TraAM platform...", "Stopped.");
        assertThat(components).noneMatch(ProcessHandle::isAlive);
        assertThat(orphans()).as("processes started from " + root).isEmpty();
        assertThat(root.resolve(".traam/run/pids")).doesNotExist();
    }

    /** What `pgrep -f` would find of this platform: every component JVM names its jar under the root. */
    private List<String> orphans() {
        return ProcessHandle.allProcesses()
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.pid() != ProcessHandle.current().pid())
                .map(process -> process.info().commandLine().orElse(""))
                .filter(commandLine -> commandLine.contains(root.toString()))
                .toList();
    }

    private String upLog() throws IOException {
        Path log = root.resolve("up.log");
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    private record Outcome(int exitCode, String output) {
    }

    private Outcome traam(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(root.resolve("traam").toString()));
        command.addAll(List.of(args));
        return run(command.toArray(String[]::new));
    }

    private Outcome run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true).start();
        assertThat(process.waitFor(STOP_LIMIT.toSeconds() + 20, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
        return new Outcome(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
