package fr.education.traam.local;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The platform an end-to-end test starts: real child JVMs on free ports, told where everything is, with their data
 * and working directory away from the repository, all stopped on close.
 */
class DisposablePlatformTest {

    @TempDir
    Path root;

    @TempDir
    Path home;

    @Test
    void runs_every_component_off_the_documented_ports_with_its_data_away_from_the_repository() throws IOException {
        Path serviceJar = Path.of("services", "campaigns", "target", "campaigns.jar");
        Path gatewayJar = Path.of("gateway", "target", "gateway.jar");
        TestJars.executable(root, serviceJar, HealthyComponent.class);
        TestJars.executable(root, gatewayJar, HealthyComponent.class);
        Components documented = new Components(List.of(
                new Component("campaigns", 1, 8081, serviceJar), new Component("gateway", 2, 8080, gatewayJar)));
        PlatformSettings settings = PlatformSettings.onFreePorts(documented);
        int campaigns = settings.components().all().get(0).port();
        int gateway = settings.components().all().get(1).port();

        try (DisposablePlatform platform = DisposablePlatform.start(new Workspace(root, home), settings)) {
            assertThat(List.of(settings.kafkaPort(), settings.mongoPort(), settings.smtpPort(), settings.mailViewPort(),
                    campaigns, gateway)).doesNotContain(PlatformSettings.KAFKA_PORT, PlatformSettings.MONGO_PORT,
                    PlatformSettings.SMTP_PORT, PlatformSettings.MAIL_VIEW_PORT, 8081, 8080);
            assertThat(platform.gateway()).isEqualTo(URI.create("http://localhost:" + gateway));
            assertThat(platform.components()).containsExactly("campaigns", "gateway");
            assertThat(platform.address("campaigns")).isEqualTo(URI.create("http://localhost:" + campaigns));
            assertThat(platform.pids()).containsOnlyKeys("campaigns", "gateway")
                    .allSatisfy((name, pid) -> assertThat(ProcessHandle.of(pid)).isPresent());
            assertThat(platform.keys().resolve("jwt-public.pem")).exists().startsWith(home);
            assertThat(platform.logs().resolve("campaigns.log")).exists().startsWith(home);
            assertThat(root.resolve(".traam")).doesNotExist();
            // The stand-in components write their arguments into their working directory.
            assertThat(Files.readAllLines(home.resolve("received-" + campaigns + ".args"))).contains(
                    "--server.port=" + campaigns,
                    "--spring.kafka.bootstrap-servers=localhost:" + settings.kafkaPort(),
                    "--spring.cloud.stream.kafka.binder.brokers=localhost:" + settings.kafkaPort(),
                    "--spring.mongodb.uri=mongodb://localhost:" + settings.mongoPort() + "/traam-campaigns",
                    "--spring.mail.host=localhost",
                    "--spring.mail.port=" + settings.smtpPort(),
                    "--traam.dissemination.public-base-url=http://localhost:" + gateway,
                    "--traam.groups.member-mail.public-base-url=http://localhost:" + gateway,
                    "--traam.candidatures.outcome-mail.public-base-url=http://localhost:" + gateway,
                    "--traam.web.api-url=http://localhost:" + gateway);
            assertThat(Files.readAllLines(home.resolve("received-" + gateway + ".args"))).contains(
                    "--server.port=" + gateway,
                    "--traam.gateway.services.campaigns=http://localhost:" + campaigns);
        }

        assertThat(settings.ports().keySet()).allSatisfy(port -> assertThat(Ports.isBusy(port)).isFalse());
        assertThat(home.resolve(".traam/run/pids")).doesNotExist();
    }

    /** A journey test sends through the platform and reads the recipient's mailbox where the platform says it is. */
    @Test
    void tells_a_test_where_the_smtp_server_is_and_where_to_read_what_it_received() throws Exception {
        Path serviceJar = Path.of("services", "campaigns", "target", "campaigns.jar");
        TestJars.executable(root, serviceJar, HealthyComponent.class);
        PlatformSettings settings = PlatformSettings.onFreePorts(
                new Components(List.of(new Component("campaigns", 1, 8081, serviceJar))));

        try (DisposablePlatform platform = DisposablePlatform.start(new Workspace(root, home), settings)) {
            DisposablePlatform.Mail mail = platform.mail();
            assertThat(mail.smtpHost()).isEqualTo("localhost");
            assertThat(mail.smtpPort()).isEqualTo(settings.smtpPort());
            assertThat(mail.view()).isEqualTo(URI.create("http://localhost:" + settings.mailViewPort()));

            Properties smtp = new Properties();
            smtp.put("mail.smtp.host", mail.smtpHost());
            smtp.put("mail.smtp.port", Integer.toString(mail.smtpPort()));
            MimeMessage message = new MimeMessage(Session.getInstance(smtp));
            message.setFrom(new InternetAddress("traam@education.gouv.fr"));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress("dan@ac-normandie.fr"));
            message.setSubject("Résultats publiés", "UTF-8");
            message.setText("Bonjour", "UTF-8");
            Transport.send(message);

            HttpResponse<String> messages = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(mail.messages()).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(messages.statusCode()).isEqualTo(200);
            assertThat(messages.body()).contains("\"mailbox\":\"dan@ac-normandie.fr\"",
                    "\"subject\":\"Résultats publiés\"");
        }

        assertThat(Ports.isBusy(settings.smtpPort())).isFalse();
        assertThat(Ports.isBusy(settings.mailViewPort())).isFalse();
    }

    /** A test platform starts sooner on the client compiler; a benchmark runs the components as ./traam up does. */
    @Test
    void a_test_platform_keeps_the_client_compiler_only_and_a_benchmark_platform_runs_as_traam_up_does() {
        Components documented = new Components(List.of(new Component("campaigns", 1, 8081, Path.of("campaigns.jar"))));
        List<String> traamUp = PlatformSettings.defaults(documented).jvmOptions();

        assertThat(PlatformSettings.onFreePorts(documented).jvmOptions())
                .containsAll(traamUp).contains("-XX:TieredStopAtLevel=1");
        assertThat(PlatformSettings.onFreePorts(documented, false).jvmOptions()).isEqualTo(traamUp);
    }
}
