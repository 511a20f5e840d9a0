package fr.education.traam.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/**
 * The Kafka broker and MongoDB shared by every test in this JVM, started on first use and stopped when the JVM
 * exits. With a Docker engine they are Testcontainers; without one, the embedded broker and mongo-java-server.
 * The system property {@value #MODE_PROPERTY} ({@code auto}, {@code embedded} or {@code containers}) overrides
 * the choice.
 */
public final class TestInfrastructure {

    public static final String MODE_PROPERTY = "traam.test.infrastructure";

    private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);

    private TestInfrastructure() {
    }

    /** {@code bootstrap.servers} of the shared broker; starts the infrastructure if needed. */
    public static String bootstrapServers() {
        return Shared.INFRASTRUCTURE.bootstrapServers();
    }

    /** {@code mongodb://host:port} of the shared MongoDB, without a database; starts the infrastructure if needed. */
    public static String mongoConnectionString() {
        return Shared.INFRASTRUCTURE.mongoConnectionString();
    }

    /** Bearer tokens signed by the key whose public half {@link TraamInfrastructure} hands to the application. */
    public static TestTokens tokens() {
        return TestTokens.shared();
    }

    /** Initialization-on-demand holder: the JVM starts the infrastructure once, on first access, thread-safely. */
    private static final class Shared {

        static final RunningInfrastructure INFRASTRUCTURE = start();

        private static RunningInfrastructure start() {
            Instant begin = Instant.now();
            RunningInfrastructure infrastructure = useContainers()
                    ? ContainerInfrastructure.start()
                    : EmbeddedInfrastructure.start();
            Runtime.getRuntime().addShutdownHook(new Thread(infrastructure::close, "traam-test-infrastructure-stop"));
            log.info("Test infrastructure: {} (started in {} ms)", infrastructure.description(),
                    Duration.between(begin, Instant.now()).toMillis());
            return infrastructure;
        }

        private static boolean useContainers() {
            String mode = System.getProperty(MODE_PROPERTY, "auto").trim().toLowerCase(Locale.ROOT);
            return switch (mode) {
                case "embedded" -> false;
                case "containers" -> true;
                case "auto" -> dockerMayBeThere() && DockerClientFactory.instance().isDockerAvailable();
                default -> throw new IllegalStateException(
                        MODE_PROPERTY + " must be auto, embedded or containers, not " + mode);
            };
        }

        /**
         * Asking Testcontainers on a machine without any Docker logs an alarming ERROR in every test run; with
         * neither DOCKER_HOST nor the usual sockets there is nothing to ask. Other set-ups force containers with
         * {@code -Dtraam.test.infrastructure=containers}.
         */
        private static boolean dockerMayBeThere() {
            if (System.getenv("DOCKER_HOST") != null) {
                return true;
            }
            String home = System.getProperty("user.home", "");
            return java.util.stream.Stream.of("/var/run/docker.sock", home + "/.docker/run/docker.sock",
                            home + "/.testcontainers.properties", home + "/.colima/default/docker.sock")
                    .anyMatch(path -> java.nio.file.Files.exists(java.nio.file.Path.of(path)));
        }
    }
}
