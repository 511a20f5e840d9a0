package fr.education.traam.embedded.kafka;

import fr.education.traam.embedded.FreePorts;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A real single-node Apache Kafka broker in KRaft mode (combined broker+controller), in this JVM. */
public final class KraftBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KraftBroker.class);

    private static final int NODE_ID = 1;
    private static final String CLIENT_LISTENER = "PLAINTEXT";
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final String CLUSTER_ID_FILE = "cluster.id";
    private static final String LOG_DIRECTORY = "kraft-combined-logs";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    /**
     * How to start the broker.
     *
     * @param host              interface to bind and the name advertised to clients, so one they can reach
     *                          (e.g. {@code localhost}), not a wildcard such as {@code 0.0.0.0}
     * @param port              client port; 0 picks a free port
     * @param dataDirectory     where logs and the cluster id live; {@code null} uses a temporary directory deleted on close
     * @param defaultPartitions partitions of auto-created topics
     */
    public record Settings(String host, int port, Path dataDirectory, int defaultPartitions) {

        public Settings {
            if (host == null || host.isBlank()) {
                throw new IllegalArgumentException("host is required");
            }
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            if (defaultPartitions < 1) {
                throw new IllegalArgumentException("defaultPartitions must be at least 1: " + defaultPartitions);
            }
        }
    }

    private final KafkaRaftServer server;
    private final String bootstrapServers;
    private final Path dataDirectory;
    private final boolean temporary;
    private final AtomicBoolean closed = new AtomicBoolean();

    private KraftBroker(KafkaRaftServer server, String bootstrapServers, Path dataDirectory, boolean temporary) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
        this.dataDirectory = dataDirectory;
        this.temporary = temporary;
    }

    /** Formats the storage if needed, starts the broker and returns once it serves clients. */
    public static KraftBroker start(Settings settings) {
        Objects.requireNonNull(settings, "settings");
        Instant begin = Instant.now();
        boolean temporary = settings.dataDirectory() == null;
        Path dataDirectory = temporary ? createTempDirectory() : settings.dataDirectory().toAbsolutePath();
        int port = FreePorts.resolve(settings.host(), settings.port());
        // The controller port is private to this JVM; with a static quorum it may change between restarts.
        int controllerPort = FreePorts.resolve(settings.host(), 0);
        String bootstrapServers = settings.host() + ":" + port;
        KafkaRaftServer server = null;
        try {
            Path logDirectory = dataDirectory.resolve(LOG_DIRECTORY);
            Files.createDirectories(logDirectory);
            String clusterId = clusterId(dataDirectory);
            KafkaConfig config = KafkaConfig.fromProps(
                    brokerProperties(settings, port, controllerPort, logDirectory), false);
            format(clusterId, logDirectory);
            server = new KafkaRaftServer(config, Time.SYSTEM);
            server.startup();
            awaitReady(bootstrapServers);
            log.info("Kafka broker (KRaft) ready at {} in {} ms, data in {}", bootstrapServers,
                    Duration.between(begin, Instant.now()).toMillis(), dataDirectory);
            return new KraftBroker(server, bootstrapServers, dataDirectory, temporary);
        } catch (IOException e) {
            stopQuietly(server, dataDirectory, temporary);
            throw new UncheckedIOException("Cannot prepare Kafka data in " + dataDirectory, e);
        } catch (RuntimeException e) {
            stopQuietly(server, dataDirectory, temporary);
            throw e;
        }
    }

    /** The value for {@code bootstrap.servers}, e.g. {@code localhost:9092}. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Stops the broker and, when it used a temporary directory, deletes it. Calling it again does nothing. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            Instant begin = Instant.now();
            stopQuietly(server, dataDirectory, temporary);
            log.info("Kafka broker at {} stopped in {} ms", bootstrapServers,
                    Duration.between(begin, Instant.now()).toMillis());
        }
    }

    private static Properties brokerProperties(Settings settings, int port, int controllerPort, Path logDirectory) {
        String host = settings.host();
        Properties properties = new Properties();
        properties.putAll(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", String.valueOf(NODE_ID)),
                Map.entry("controller.quorum.voters", NODE_ID + "@" + host + ":" + controllerPort),
                Map.entry("listeners", CLIENT_LISTENER + "://" + host + ":" + port + ","
                        + CONTROLLER_LISTENER + "://" + host + ":" + controllerPort),
                Map.entry("advertised.listeners", CLIENT_LISTENER + "://" + host + ":" + port),
                Map.entry("listener.security.protocol.map",
                        CLIENT_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT"),
                Map.entry("controller.listener.names", CONTROLLER_LISTENER),
                Map.entry("inter.broker.listener.name", CLIENT_LISTENER),
                Map.entry("log.dirs", logDirectory.toString()),
                Map.entry("auto.create.topics.enable", "true"),
                Map.entry("num.partitions", String.valueOf(settings.defaultPartitions())),
                Map.entry("default.replication.factor", "1"),
                Map.entry("min.insync.replicas", "1"),
                // Internal topics default to 3 replicas and 50 partitions: impossible on one node, slow to create.
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("offsets.topic.num.partitions", "5"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("transaction.state.log.num.partitions", "5"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                Map.entry("group.initial.rebalance.delay.ms", "0"),
                // The 128 MiB default cleaner buffer exceeds small heaps and Kafka's fault handler then ends the JVM.
                Map.entry("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024)),
                // Controlled shutdown fences the broker in the metadata log, so a restart need not wait for
                // the old registration's session to expire; on one node it takes well under a second.
                Map.entry("controlled.shutdown.enable", "true"),
                Map.entry("controlled.shutdown.max.retries", "1"),
                Map.entry("controlled.shutdown.retry.backoff.ms", "100"),
                Map.entry("delete.topic.enable", "true")));
        return properties;
    }

    /** Keeps the cluster id next to the logs so that a persistent directory restarts as the same cluster. */
    private static String clusterId(Path dataDirectory) throws IOException {
        Path file = dataDirectory.resolve(CLUSTER_ID_FILE);
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        }
        String clusterId = Uuid.randomUuid().toString();
        Files.writeString(file, clusterId, StandardCharsets.UTF_8);
        return clusterId;
    }

    private static void format(String clusterId, Path logDirectory) {
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8))
                    .setNodeId(NODE_ID)
                    .setClusterId(clusterId)
                    .setDirectories(List.of(logDirectory.toString()))
                    .setMetadataLogDirectory(logDirectory.toString())
                    .setReleaseVersion(MetadataVersion.latestProduction())
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    // A directory formatted by an earlier run is reused as it is.
                    .setIgnoreFormatted(true)
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot format Kafka storage in " + logDirectory, e);
        }
    }

    /** The broker only serves clients once the controller has unfenced it; wait until it shows in the cluster. */
    private static void awaitReady(String bootstrapServers) {
        Map<String, Object> adminConfig = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000);
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        try (Admin admin = Admin.create(adminConfig)) {
            while (true) {
                try {
                    if (!admin.describeCluster(new DescribeClusterOptions().timeoutMs(5_000))
                            .nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException e) {
                    log.debug("Kafka broker at {} not ready yet: {}", bootstrapServers, e.toString());
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("Kafka broker at " + bootstrapServers
                            + " not ready after " + READY_TIMEOUT.toSeconds() + " s");
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Kafka at " + bootstrapServers, e);
        }
    }

    private static void stopQuietly(KafkaRaftServer server, Path dataDirectory, boolean temporary) {
        if (server != null) {
            try {
                server.shutdown();
                server.awaitShutdown();
            } catch (RuntimeException e) {
                log.warn("Kafka broker did not stop cleanly", e);
            }
        }
        if (temporary) {
            deleteRecursively(dataDirectory);
        }
    }

    private static Path createTempDirectory() {
        try {
            return Files.createTempDirectory("traam-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary Kafka data directory", e);
        }
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            log.warn("Could not delete {}", directory, e);
        }
    }
}
