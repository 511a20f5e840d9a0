package fr.education.traam.local;

import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole local platform — the same launcher as {@code ./traam up}, the jars the build made — on ports free right
 * now and with its data in a folder of its own, for end-to-end tests: it cannot collide with a platform a developer
 * runs, nor read or spoil their {@code .traam/}.
 *
 * <p>Closing it stops every component JVM, then Kafka, MongoDB and the SMTP server. A shutdown hook does the same if
 * the JVM ends first (a test run interrupted by Ctrl-C or a surefire timeout), so that no component is left behind.
 */
public final class DisposablePlatform implements AutoCloseable {

    private final LocalPlatform platform;
    private final PlatformSettings settings;
    private final Workspace workspace;
    private final Thread shutdownHook;
    private volatile List<Supervisor.Running> running = List.of();

    /**
     * Where the platform's e-mail goes: the SMTP server every component is told of, and the HTTP view of what it
     * received ({@code GET /messages} lists it as JSON, {@code GET /messages/{id}} gives one with its text and HTML).
     *
     * @param smtpHost host of the SMTP server
     * @param smtpPort its port
     * @param view     the view's address, e.g. {@code http://localhost:41235}
     */
    public record Mail(String smtpHost, int smtpPort, URI view) {

        /** The JSON list of every message received so far. */
        public URI messages() {
            return view.resolve("/messages");
        }
    }

    private DisposablePlatform(LocalPlatform platform, PlatformSettings settings, Workspace workspace) {
        this.platform = platform;
        this.settings = settings;
        this.workspace = workspace;
        this.shutdownHook = new Thread(platform::close, "traam-disposable-platform-shutdown");
    }

    /**
     * Starts Kafka, MongoDB and the SMTP server in this JVM and every component of {@code components.conf} in its own,
     * from the jars under {@code repositoryRoot}, with {@code .traam/} (keys, logs, data) under {@code home}; returns once all
     * answer UP.
     *
     * @throws RuntimeException naming the component that did not start and its log; nothing is left running
     */
    public static DisposablePlatform start(Path repositoryRoot, Path home) {
        return start(new Workspace(repositoryRoot, home), PlatformSettings.onFreePorts(Components.bundled()));
    }

    /**
     * The same, with {@code jvmOptions} added to every component JVM's, e.g. a {@code -D} property that lifts the
     * gateway's per-client rate limit for a benchmark that is one client sending hundreds of requests a second.
     */
    public static DisposablePlatform start(Path repositoryRoot, Path home, List<String> jvmOptions) {
        return start(new Workspace(repositoryRoot, home),
                PlatformSettings.onFreePorts(Components.bundled()).withMoreJvmOptions(jvmOptions));
    }

    /**
     * The same, waiting up to {@code startupTimeout} for each component: on a machine shared with other builds a
     * component may take longer than the launcher's three minutes to start.
     */
    public static DisposablePlatform start(Path repositoryRoot, Path home, List<String> jvmOptions, Duration startupTimeout) {
        return start(new Workspace(repositoryRoot, home), PlatformSettings.onFreePorts(Components.bundled())
                .withMoreJvmOptions(jvmOptions).withStartupTimeout(startupTimeout));
    }

    /**
     * The same, with every component JVM run as {@code ./traam up} runs it (the same heap and garbage collector, and
     * both compilers, where a test platform keeps only the client compiler to start sooner), then {@code jvmOptions}:
     * for a benchmark, which measures the platform's steady pace rather than its first minute.
     */
    public static DisposablePlatform startAsTraamUp(Path repositoryRoot, Path home, List<String> jvmOptions) {
        return start(new Workspace(repositoryRoot, home),
                PlatformSettings.onFreePorts(Components.bundled(), false).withMoreJvmOptions(jvmOptions));
    }

    /**
     * The same as {@link #startAsTraamUp(Path, Path, List)} with only the components named and the gateway: for a
     * measure that passes through those alone and need not wait for the others to start.
     */
    public static DisposablePlatform startAsTraamUp(Path repositoryRoot, Path home, List<String> jvmOptions, Collection<String> only) {
        return start(new Workspace(repositoryRoot, home),
                PlatformSettings.onFreePorts(Components.bundled().only(only), false).withMoreJvmOptions(jvmOptions));
    }

    static DisposablePlatform start(Workspace workspace, PlatformSettings settings) {
        DisposablePlatform started = new DisposablePlatform(new LocalPlatform(workspace, settings), settings, workspace);
        Runtime.getRuntime().addShutdownHook(started.shutdownHook);
        try {
            // A fresh home holds no earlier launcher, and the ports were free a moment ago: nothing to report.
            started.platform.checkPreconditions(new Console(silent(), silent()));
            started.running = started.platform.start().components();
            return started;
        } catch (RuntimeException e) {
            started.close();
            throw e;
        }
    }

    /** The gateway's address, e.g. {@code http://localhost:41234}: the one entry web clients use. */
    public URI gateway() {
        return settings.gatewayUrl().orElseThrow(() -> new IllegalStateException("components.conf has no gateway"));
    }

    /**
     * The identity provider's address, e.g. {@code http://localhost:41236}: the issuer every component expects in a
     * token (a token minted for this platform must carry it) and where people log in.
     */
    public URI identity() {
        return settings.identityUrl().orElseThrow(() -> new IllegalStateException("this platform runs no identity provider"));
    }

    /** The Kafka broker, as {@code host:port}. */
    public String kafkaBootstrapServers() {
        return settings.kafkaAddress();
    }

    /** The SMTP server and the view of what it received, for a test that checks an e-mail reached its recipient. */
    public Mail mail() {
        return new Mail(settings.host(), settings.smtpPort(), settings.mailViewUrl());
    }

    /** The folder of the key pair the components verify tokens with (read it with {@code SigningKeys}). */
    public Path keys() {
        return workspace.keys();
    }

    /** The folder of the components' logs, one file per component: where to look when a test fails. */
    public Path logs() {
        return workspace.logs();
    }

    /**
     * One component's own address, bypassing the gateway: a benchmark compares a call made there with the same call
     * through the gateway.
     */
    public URI address(String component) {
        return settings.components().all().stream().filter(c -> c.name().equals(component)).findFirst()
                .map(c -> c.baseUrl(settings.host()))
                .orElseThrow(() -> new IllegalArgumentException("no component named " + component));
    }

    /** The process id of each component JVM, in start order: where a benchmark reads their resident memory. */
    public Map<String, Long> pids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        running.forEach(entry -> pids.put(entry.component().name(), entry.process().pid()));
        return pids;
    }

    /** The names of the components running, in start order. */
    public List<String> components() {
        return settings.components().all().stream().map(Component::name).toList();
    }

    /**
     * The domain services: the components built under {@code services/}, each with its API documented in the
     * gateway's Swagger UI (the provider, the web application and the gateway are components but not services).
     */
    public List<String> services() {
        return settings.components().services().stream().map(Component::name).toList();
    }

    @Override
    public void close() {
        platform.close();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down: the hook is running or has run, and closing twice is harmless.
        }
    }

    private static PrintStream silent() {
        return new PrintStream(OutputStream.nullOutputStream());
    }
}
