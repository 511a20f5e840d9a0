package fr.education.traam.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole platform for real: Kafka and MongoDB in this JVM, a component in a child JVM, all on free ports. */
class LocalPlatformTest {

    @TempDir
    Path root;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final Console console = new Console(
            new PrintStream(output, true, StandardCharsets.UTF_8), new PrintStream(output, true, StandardCharsets.UTF_8));

    @Test
    void starts_everything_reports_it_healthy_stops_it_all_and_finds_its_data_again() throws IOException {
        Workspace workspace = new Workspace(root);
        PlatformSettings settings = settings();
        Supervisor.Running campaigns;

        try (LocalPlatform platform = new LocalPlatform(workspace, settings)) {
            platform.checkPreconditions(console);
            LocalPlatform.Ready ready = platform.start();

            assertThat(ready.kafka()).isEqualTo(settings.kafkaAddress());
            assertThat(ready.mongo()).isEqualTo(settings.mongoAddress());
            assertThat(ready.components()).singleElement()
                    .satisfies(running -> assertThat(running.health().up()).isTrue());
            campaigns = ready.components().get(0);
            assertThat(ready.smtp()).isEqualTo("localhost:" + settings.smtpPort());
            assertThat(ready.mailView()).isEqualTo(settings.mailViewUrl());
            List<StatusReport.Line> status = new StatusReport(settings, new HealthProbe(Duration.ofSeconds(2))).probe();
            assertThat(status).extracting(StatusReport.Line::name)
                    .containsExactly("kafka", "mongodb", "smtp", "mail-view", "campaigns");
            assertThat(StatusReport.allHealthy(status)).isTrue();
            assertThat(workspace.publicKey()).exists();
            assertThat(workspace.keys().resolve("jwt-private.pem")).exists();
            assertThat(workspace.pidFile()).content()
                    .contains("launcher " + ProcessHandle.current().pid())
                    .contains("campaigns " + campaigns.process().pid());
        }

        assertThat(campaigns.process().isAlive()).isFalse();
        assertThat(workspace.pidFile()).doesNotExist();
        assertThat(settings.ports().keySet()).allSatisfy(port -> assertThat(Ports.isBusy(port)).isFalse());
        assertThat(workspace.mongoFile()).exists();
        assertThat(Files.list(workspace.kafka())).isNotEmpty();

        try (LocalPlatform again = new LocalPlatform(workspace, settings)) {
            again.checkPreconditions(console);
            assertThat(again.start().components()).singleElement()
                    .satisfies(running -> assertThat(running.health().up()).isTrue());
        }
    }

    @Test
    void refuses_to_start_when_a_port_is_taken_naming_the_port_and_its_owner() throws IOException {
        PlatformSettings settings = settings();
        try (ServerSocket squatter = new ServerSocket(settings.mongoPort())) {
            LocalPlatform platform = new LocalPlatform(new Workspace(root), settings);

            assertThatThrownBy(() -> platform.checkPreconditions(console))
                    .isInstanceOf(StartupFailure.class)
                    .hasMessageContaining("port(s) already in use: " + settings.mongoPort() + " (MongoDB)");
        }
    }

    @Test
    void refuses_to_start_a_second_platform_while_the_first_launcher_lives() throws IOException {
        Workspace workspace = new Workspace(root);
        new RunFile(workspace.pidFile()).begin();
        LocalPlatform platform = new LocalPlatform(workspace, settings());

        assertThatThrownBy(() -> platform.checkPreconditions(console))
                .hasMessageContaining("already running (launcher pid " + ProcessHandle.current().pid() + ")");
        assertThat(workspace.pidFile()).exists();
    }

    @Test
    void stops_the_components_left_by_a_launcher_that_died() throws Exception {
        Workspace workspace = new Workspace(root);
        Process leftover = new ProcessBuilder("sleep", "300").start();
        try {
            Files.createDirectories(workspace.pidFile().getParent());
            Files.writeString(workspace.pidFile(), "launcher " + ProcessHandle.current().pid() + " 1\n"
                    + RunFile.Entry.of("campaigns", leftover.toHandle()).line() + "\n");

            new LocalPlatform(workspace, settings()).checkPreconditions(console);

            assertThat(leftover.isAlive()).isFalse();
            assertThat(output.toString(StandardCharsets.UTF_8))
                    .contains("left by a launcher that died: campaigns (pid " + leftover.pid() + ")");
        } finally {
            leftover.destroyForcibly();
        }
    }

    private PlatformSettings settings() throws IOException {
        Path jar = Path.of("services", "campaigns", "target", "campaigns.jar");
        TestJars.executable(root, jar, HealthyComponent.class);
        return TestSettings.of(
                new Components(List.of(new Component("campaigns", 1, FreePorts.next(), jar))), Duration.ofSeconds(30));
    }
}
