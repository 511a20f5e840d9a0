package fr.education.traam.embedded.mongo;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MongoDB wire-protocol server (de.bwaldvogel:mongo-java-server). It has no sessions, transactions or change
 * streams, which is why the platform keeps its outbox inside the aggregate's own document.
 */
public final class MongoWireServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MongoWireServer.class);

    private final MongoServer server;
    private final String connectionString;
    private final AtomicBoolean closed = new AtomicBoolean();

    private MongoWireServer(MongoServer server, String connectionString) {
        this.server = server;
        this.connectionString = connectionString;
    }

    /** A server whose data lives in memory and disappears on close; port 0 picks a free port. */
    public static MongoWireServer inMemory(String host, int port) {
        return start(IdFirstBackends.inMemory(), host, port, "memory");
    }

    /** A server whose data lives in an H2 MVStore file and survives restarts; port 0 picks a free port. */
    public static MongoWireServer persistent(String host, int port, Path h2File) {
        Objects.requireNonNull(h2File, "h2File");
        Path file = h2File.toAbsolutePath();
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the directory of " + file, e);
        }
        return start(IdFirstBackends.persistent(file.toString()), host, port, file.toString());
    }

    private static MongoWireServer start(MongoBackend backend, String host, int port, String storage) {
        if (host == null || host.isBlank()) {
            backend.close();
            throw new IllegalArgumentException("host is required");
        }
        MongoServer server = new MongoServer(backend);
        try {
            server.bind(host, port);
            InetSocketAddress address = server.getLocalAddress();
            // The host the caller chose, not the resolved address, so the string is what they expect to see.
            String connectionString = "mongodb://" + host + ":" + address.getPort();
            log.info("MongoDB wire-protocol server ready at {} (storage: {})", connectionString, storage);
            return new MongoWireServer(server, connectionString);
        } catch (RuntimeException e) {
            server.shutdownNow();
            throw e;
        }
    }

    /** The base connection string, e.g. {@code mongodb://localhost:27017}, without a database. */
    public String connectionString() {
        return connectionString;
    }

    /** Disconnects clients, stops listening and closes the backend (flushing the H2 file). */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.shutdownNow();
            log.info("MongoDB wire-protocol server at {} stopped", connectionString);
        }
    }
}
