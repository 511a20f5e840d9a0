package fr.education.traam.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupervisorTest {

    @TempDir
    Path root;

    private Supervisor supervisor;
    private PlatformSettings supervisorSettings;

    @AfterEach
    void stopEverything() {
        if (supervisor != null) {
            supervisor.close();
        }
    }

    @Test
    void starts_each_wave_once_the_previous_is_up_and_stops_all_on_close() throws IOException {
        Component service = component("campaigns", 1, HealthyComponent.class);
        Component gateway = component("gateway", 2, HealthyComponent.class);
        supervisor = supervisor(Duration.ofSeconds(30), service, gateway);

        List<Supervisor.Running> running = supervisor.startAll();

        assertThat(running).extracting(entry -> entry.component().name()).containsExactly("campaigns", "gateway");
        assertThat(running).allSatisfy(entry -> assertThat(entry.health()).isEqualTo(Health.healthy()));
        assertThat(Files.readAllLines(root.resolve("received-" + service.port() + ".args"))).containsExactly(
                "--spring.profiles.active=local",
                "--server.port=" + service.port(),
                "--traam.security.jwt.public-key-location=file:" + root.resolve(".traam/keys/jwt-public.pem"),
                // The launcher's SMTP server, even when the services' own configuration names everything else.
                "--spring.mail.host=localhost",
                "--spring.mail.port=" + supervisorSettings.smtpPort());
        assertThat(Files.readString(root.resolve(".traam/run/pids")))
                .contains("campaigns " + running.get(0).process().pid())
                .contains("gateway " + running.get(1).process().pid());

        supervisor.close();

        assertThat(running).allSatisfy(entry -> assertThat(entry.process().isAlive()).isFalse());
        assertThat(Ports.isBusy(service.port())).isFalse();
        assertThat(Ports.isBusy(gateway.port())).isFalse();
    }

    @Test
    void tells_every_component_where_the_identity_provider_is_and_the_provider_its_keys_and_the_public_address()
            throws IOException {
        Component identity = component("identity", 1, HealthyComponent.class);
        Component service = component("campaigns", 1, HealthyComponent.class);
        Component gateway = component("gateway", 2, HealthyComponent.class);
        PlatformSettings passing = TestSettings.of(new Components(List.of(identity, service, gateway)), Duration.ofSeconds(30));
        supervisorSettings = new PlatformSettings(passing.host(), passing.kafkaPort(), passing.mongoPort(), passing.smtpPort(),
                passing.mailViewPort(), passing.kafkaPartitions(), passing.components(), passing.startupTimeout(),
                passing.stopGrace(), passing.javaExecutable(), passing.jvmOptions(), true);
        Workspace workspace = new Workspace(root);
        supervisor = new Supervisor(workspace, supervisorSettings, new HealthProbe(Duration.ofSeconds(1)),
                new RunFile(workspace.pidFile()));

        supervisor.startAll();

        String issuer = "http://localhost:" + identity.port();
        for (Component component : List.of(identity, service, gateway)) {
            assertThat(Files.readAllLines(root.resolve("received-" + component.port() + ".env"))).as(component.name())
                    .contains("TRAAM_ISSUER=" + issuer, "TRAAM_JWK_SET_URI=" + issuer + "/oauth2/jwks");
        }
        assertThat(Files.readAllLines(root.resolve("received-" + identity.port() + ".args"))).contains(
                "--traam.identity.signing-keys=" + root.resolve(".traam/keys"),
                "--traam.identity.public-base-url=http://localhost:" + gateway.port());
        assertThat(Files.readString(root.resolve("received-" + service.port() + ".args")))
                .doesNotContain("--traam.identity.signing-keys");
    }

    @Test
    void names_the_component_that_exits_and_its_log() throws IOException {
        supervisor = supervisor(Duration.ofSeconds(30), component("campaigns", 1, CrashingComponent.class));

        assertThatThrownBy(supervisor::startAll)
                .isInstanceOf(StartupFailure.class)
                .hasMessage("campaigns exited with code 3 before it was up; see .traam/logs/campaigns.log");
        assertThat(root.resolve(".traam/logs/campaigns.log")).content().contains("boom");
    }

    @Test
    void gives_up_on_a_component_that_never_answers_and_kills_it_and_its_children() throws Exception {
        supervisor = supervisor(Duration.ofSeconds(2), component("campaigns", 1, StubbornComponent.class));

        assertThatThrownBy(supervisor::startAll)
                .isInstanceOf(StartupFailure.class)
                .hasMessageStartingWith("campaigns is not up after 2 s (last health: unreachable")
                .hasMessageEndingWith("see .traam/logs/campaigns.log");
        String log = Files.readString(root.resolve(".traam/logs/campaigns.log"));
        long child = Long.parseLong(log.replaceAll("(?s).*child (\\d+).*", "$1"));
        assertThat(ProcessHandle.of(child)).hasValueSatisfying(process -> assertThat(process.isAlive()).isTrue());

        supervisor.close();

        assertThat(ProcessHandle.of(child).filter(ProcessHandle::isAlive)).isEmpty();
    }

    @Test
    void refuses_a_missing_jar_saying_how_to_build_it() {
        supervisor = supervisor(Duration.ofSeconds(5),
                new Component("campaigns", 1, FreePorts.next(), Path.of("services/campaigns/target/missing.jar")));

        assertThatThrownBy(supervisor::startAll)
                .hasMessage("campaigns: services/campaigns/target/missing.jar is missing; build it with "
                        + "./mvnw -q -DskipTests install");
    }

    private Component component(String name, int wave, Class<?> main) throws IOException {
        Path jar = Path.of("jars", name + ".jar");
        TestJars.executable(root, jar, main);
        return new Component(name, wave, FreePorts.next(), jar);
    }

    private Supervisor supervisor(Duration startupTimeout, Component... components) {
        Workspace workspace = new Workspace(root);
        PlatformSettings settings = TestSettings.of(new Components(List.of(components)), startupTimeout);
        supervisorSettings = settings;
        return new Supervisor(workspace, settings, new HealthProbe(Duration.ofSeconds(1)),
                new RunFile(workspace.pidFile()));
    }
}
