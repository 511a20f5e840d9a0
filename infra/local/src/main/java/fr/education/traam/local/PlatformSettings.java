package fr.education.traam.local;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the local platform runs. The defaults are the documented ports; tests pass free ports instead so that they
 * never collide with a platform running on the same machine.
 *
 * @param host            host every server binds and every probe calls
 * @param kafkaPort       Kafka broker port
 * @param mongoPort       MongoDB wire-protocol port
 * @param smtpPort        port of the local SMTP server every e-mail goes to
 * @param mailViewPort    port of the read-only HTTP view of what the SMTP server received
 * @param kafkaPartitions default partitions of auto-created topics
 * @param components      components to run, in start order
 * @param startupTimeout  how long one component may take to answer UP
 * @param stopGrace       how long a component may take to stop before it is killed
 * @param javaExecutable  the {@code java} that runs the components
 * @param jvmOptions      options given to every component JVM
 * @param passAddresses   whether each component is told where Kafka, MongoDB, the other components and the gateway
 *                        are; {@code ./traam up} leaves that to the components' own configuration, which already
 *                        names the documented ports, while a platform on free ports must pass them
 */
record PlatformSettings(
        String host,
        int kafkaPort,
        int mongoPort,
        int smtpPort,
        int mailViewPort,
        int kafkaPartitions,
        Components components,
        Duration startupTimeout,
        Duration stopGrace,
        Path javaExecutable,
        List<String> jvmOptions,
        boolean passAddresses) {

    static final int KAFKA_PORT = 9092;
    static final int MONGO_PORT = 27017;
    /** GreenMail's usual SMTP port, unprivileged; the view's is MailHog's and Mailpit's. */
    static final int SMTP_PORT = 3025;
    static final int MAIL_VIEW_PORT = 8025;

    PlatformSettings {
        Ports.requireValid(kafkaPort, "Kafka");
        Ports.requireValid(mongoPort, "MongoDB");
        Ports.requireValid(smtpPort, "SMTP");
        Ports.requireValid(mailViewPort, "the mail view");
        jvmOptions = List.copyOf(jvmOptions);
    }

    /**
     * The documented local setup. A small serial-GC heap per component because two cores and a few GB host the
     * whole platform; the launcher's own JVM runs the same java.
     */
    static PlatformSettings defaults(Components components) {
        return new PlatformSettings(
                "localhost",
                KAFKA_PORT,
                MONGO_PORT,
                SMTP_PORT,
                MAIL_VIEW_PORT,
                3,
                components,
                Duration.ofSeconds(180),
                Duration.ofSeconds(20),
                currentJava(),
                List.of("-Xmx256m", "-XX:+UseSerialGC"),
                false);
    }

    /** Names the environment variable that lets a slow or busy machine give each component longer to start. */
    static final String STARTUP_TIMEOUT_VARIABLE = "TRAAM_STARTUP_TIMEOUT";

    /**
     * The documented setup, each component given {@code TRAAM_STARTUP_TIMEOUT} seconds to answer UP when the variable
     * is set: two shared cores under other builds have taken over three minutes to start one service.
     */
    static PlatformSettings defaults(Components components, Map<String, String> environment) {
        PlatformSettings defaults = defaults(components);
        String seconds = environment.get(STARTUP_TIMEOUT_VARIABLE);
        if (seconds == null || seconds.isBlank()) {
            return defaults;
        }
        try {
            long value = Long.parseLong(seconds.strip());
            if (value >= 1) {
                return defaults.withStartupTimeout(Duration.ofSeconds(value));
            }
        } catch (NumberFormatException notANumber) {
            // Said below, with the value.
        }
        throw new IllegalArgumentException(STARTUP_TIMEOUT_VARIABLE + " is a number of seconds, 1 or more (default "
                + defaults.startupTimeout().toSeconds() + "), not '" + seconds + "'");
    }

    /**
     * The same platform on ports free right now, every address passed to the components, so that it runs beside a
     * {@code ./traam up} on the same machine. Only the client compiler: a platform started for one test run spends
     * its two cores starting up, not optimising code it will run for a minute.
     */
    static PlatformSettings onFreePorts(Components components) {
        return onFreePorts(components, true);
    }

    /**
     * The same, with the component JVMs' compilers as {@code ./traam up} runs them when {@code clientCompilerOnly} is
     * false: a benchmark measures the platform at its steady pace, which the server compiler reaches.
     */
    static PlatformSettings onFreePorts(Components components, boolean clientCompilerOnly) {
        List<Integer> ports = Ports.free(4 + components.all().size());
        PlatformSettings defaults = defaults(components.onPorts(ports.subList(4, ports.size())));
        List<String> jvmOptions = new ArrayList<>(defaults.jvmOptions());
        if (clientCompilerOnly) {
            jvmOptions.add("-XX:TieredStopAtLevel=1");
        }
        return new PlatformSettings(defaults.host(), ports.get(0), ports.get(1), ports.get(2), ports.get(3),
                defaults.kafkaPartitions(), defaults.components(), defaults.startupTimeout(), defaults.stopGrace(),
                defaults.javaExecutable(), jvmOptions, true);
    }

    /** The same settings, waiting up to {@code timeout} for each component to answer UP. */
    PlatformSettings withStartupTimeout(Duration timeout) {
        return new PlatformSettings(host, kafkaPort, mongoPort, smtpPort, mailViewPort, kafkaPartitions, components,
                timeout, stopGrace, javaExecutable, jvmOptions, passAddresses);
    }

    /** The same settings with {@code extra} options given to every component JVM after the usual ones. */
    PlatformSettings withMoreJvmOptions(List<String> extra) {
        List<String> options = new ArrayList<>(jvmOptions);
        options.addAll(extra);
        return new PlatformSettings(host, kafkaPort, mongoPort, smtpPort, mailViewPort, kafkaPartitions, components,
                startupTimeout, stopGrace, javaExecutable, options, passAddresses);
    }

    /**
     * How long {@code ./traam stop} lets a launcher stop everything before it kills it all: the components' grace, the
     * kill of those that overrun it, then Kafka's controlled shutdown and MongoDB's last write, which take seconds.
     */
    Duration launcherStopTimeout() {
        return stopGrace.plusSeconds(30);
    }

    static Path currentJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    String kafkaAddress() {
        return host + ":" + kafkaPort;
    }

    String mongoAddress() {
        return "mongodb://" + host + ":" + mongoPort;
    }

    /** The mail view's address, e.g. {@code http://localhost:8025}. */
    URI mailViewUrl() {
        return URI.create("http://" + host + ":" + mailViewPort);
    }

    /** The gateway's address when the platform has one: where readers reach the platform. */
    Optional<URI> gatewayUrl() {
        return components.named(Components.GATEWAY).map(gateway -> gateway.baseUrl(host));
    }

    /**
     * The identity provider's address when the platform has one: the issuer of its tokens, which every component
     * expects, and the root of its JWK set.
     */
    Optional<URI> identityUrl() {
        return components.named(Components.IDENTITY).map(identity -> identity.baseUrl(host));
    }

    /** Every port the platform binds, with who binds it. */
    Map<Integer, String> ports() {
        Map<Integer, String> ports = new LinkedHashMap<>();
        ports.put(kafkaPort, "Kafka");
        ports.put(mongoPort, "MongoDB");
        ports.put(smtpPort, "SMTP");
        ports.put(mailViewPort, "mail view");
        components.all().forEach(component -> ports.put(component.port(), component.name()));
        return ports;
    }
}
