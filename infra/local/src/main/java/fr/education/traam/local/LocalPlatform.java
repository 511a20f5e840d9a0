package fr.education.traam.local;

import fr.education.traam.embedded.identity.SigningKeys;
import fr.education.traam.embedded.kafka.KraftBroker;
import fr.education.traam.embedded.mail.MailCatcher;
import fr.education.traam.embedded.mongo.MongoWireServer;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * The whole local platform: Kafka, MongoDB and the SMTP server with its mail view in this JVM, then every component
 * in its own JVM.
 *
 * <p>Closing it stops the components first, while Kafka, MongoDB and the SMTP server are still there for their
 * graceful shutdown, then the three servers. It is safe to close from a shutdown hook while {@link #start()} is
 * still running.
 */
final class LocalPlatform implements AutoCloseable {

    /** What is running once the platform is ready, for the table shown to the operator. */
    record Ready(String kafka, String mongo, String smtp, URI mailView, List<Supervisor.Running> components) {
    }

    private final Workspace workspace;
    private final PlatformSettings settings;
    private final RunFile runFile;
    private final Supervisor supervisor;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicBoolean begun = new AtomicBoolean();
    private KraftBroker kafka;
    private MongoWireServer mongo;
    private MailCatcher mail;

    LocalPlatform(Workspace workspace, PlatformSettings settings) {
        this.workspace = workspace;
        this.settings = settings;
        this.runFile = new RunFile(workspace.pidFile());
        this.supervisor = new Supervisor(workspace, settings, new HealthProbe(Duration.ofSeconds(2)), runFile);
    }

    /** Checks that nothing is in the way, before anything is started or written. */
    void checkPreconditions(Console console) {
        workspace.createDirectories();
        RunFile.Previous previous = runFile.previous();
        if (previous instanceof RunFile.Previous.Running running) {
            throw new StartupFailure("the platform is already running (launcher pid " + running.launcherPid()
                    + "); ./traam stop stops it");
        }
        if (previous instanceof RunFile.Previous.Stale stale) {
            console.line("Stopping " + stale.leftovers().size() + " component(s) left by a launcher that died: "
                    + stale.leftovers().stream().map(entry -> entry.name() + " (pid " + entry.pid() + ")")
                            .collect(Collectors.joining(", ")));
            Processes.stop(stale.leftovers().stream().flatMap(entry -> entry.live().stream()).toList(),
                    settings.stopGrace());
            runFile.end();
        }
        Map<Integer, String> busy = Ports.busy(settings.ports());
        if (!busy.isEmpty()) {
            throw new StartupFailure("port(s) already in use: " + busy.entrySet().stream()
                    .map(entry -> entry.getKey() + " (" + entry.getValue() + ")")
                    .collect(Collectors.joining(", "))
                    + "; stop whatever holds them (ss -ltnp shows it) and retry");
        }
    }

    /** Starts everything and returns once every component is UP; throws a {@link StartupFailure} otherwise. */
    Ready start() {
        runFile.begin();
        begun.set(true);
        SigningKeys.loadOrCreate(workspace.keys());
        synchronized (this) {
            requireOpen();
            kafka = KraftBroker.start(new KraftBroker.Settings(
                    settings.host(), settings.kafkaPort(), workspace.kafka(), settings.kafkaPartitions()));
        }
        synchronized (this) {
            requireOpen();
            mongo = MongoWireServer.persistent(settings.host(), settings.mongoPort(), workspace.mongoFile());
        }
        synchronized (this) {
            requireOpen();
            // In memory: what it received is gone when the platform stops.
            mail = MailCatcher.start(settings.host(), settings.smtpPort(), settings.mailViewPort());
        }
        List<Supervisor.Running> components = supervisor.startAll();
        return new Ready(kafka.bootstrapServers(), mongo.connectionString(), mail.smtpAddress(), mail.viewUrl(),
                components);
    }

    private void requireOpen() {
        if (closed.get()) {
            throw new StartupFailure("stopping");
        }
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        supervisor.close();
        synchronized (this) {
            if (mail != null) {
                mail.close();
            }
            if (mongo != null) {
                mongo.close();
            }
            if (kafka != null) {
                kafka.close();
            }
        }
        if (begun.get()) {
            runFile.end();
        }
    }

    /** Whether {@link #close()} has begun, e.g. from Ctrl-C during startup. */
    boolean stopping() {
        return closed.get();
    }
}
