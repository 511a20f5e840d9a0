package fr.education.traam.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the local platform runs. The defaults are the documented ports; tests pass free ports instead so that they
 * never collide with a platform running on the same machine.
 *
 * @param host            host every server binds and every probe calls
 * @param kafkaPort       Kafka broker port
 * @param mongoPort       MongoDB wire-protocol port
 * @param kafkaPartitions default partitions of auto-created topics
 * @param components      components to run, in start order
 * @param startupTimeout  how long one component may take to answer UP
 * @param stopGrace       how long a component may take to stop before it is killed
 * @param javaExecutable  the {@code java} that runs the components
 * @param jvmOptions      options given to every component JVM
 */
record PlatformSettings(
        String host,
        int kafkaPort,
        int mongoPort,
        int kafkaPartitions,
        Components components,
        Duration startupTimeout,
        Duration stopGrace,
        Path javaExecutable,
        List<String> jvmOptions) {

    static final int KAFKA_PORT = 9092;
    static final int MONGO_PORT = 27017;

    PlatformSettings {
        Ports.requireValid(kafkaPort, "Kafka");
        Ports.requireValid(mongoPort, "MongoDB");
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
                3,
                components,
                Duration.ofSeconds(180),
                Duration.ofSeconds(20),
                currentJava(),
                List.of("-Xmx256m", "-XX:+UseSerialGC"));
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

    /** Every port the platform binds, with who binds it. */
    Map<Integer, String> ports() {
        Map<Integer, String> ports = new LinkedHashMap<>();
        ports.put(kafkaPort, "Kafka");
        ports.put(mongoPort, "MongoDB");
        components.all().forEach(component -> ports.put(component.port(), component.name()));
        return ports;
    }
}
