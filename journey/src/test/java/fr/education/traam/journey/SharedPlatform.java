package fr.education.traam.journey;

import fr.education.traam.local.DisposablePlatform;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One real platform for every journey test class of a failsafe JVM: starting it costs a minute on two cores, so the
 * first class that needs it starts it and the rest reuse it; it stops when the test run ends (JUnit closes what the
 * root store holds), or on the JVM's shutdown hook should the run be cut short.
 *
 * <p>Its data and the components' logs live under {@code target/journey-platform}, emptied when it starts and kept
 * afterwards: the place to look when a journey test fails. The per-client rate limit is lifted: the hostile-input
 * walker is one client sending thousands of requests, and no journey test is about the limit. The provider's access
 * tokens are short-lived ({@link #ACCESS_TOKEN_TTL}), so the login journey sees them refreshed.
 */
final class SharedPlatform implements BeforeAllCallback {

    private static final Logger log = LoggerFactory.getLogger(SharedPlatform.class);

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedPlatform.class);
    /**
     * The provider's access tokens live {@link #ACCESS_TOKEN_TTL} rather than five minutes, so that a journey sees the
     * gateway refresh a person's token within the test (every component gets the option; only the provider reads it).
     */
    static final Duration ACCESS_TOKEN_TTL = Duration.ofSeconds(5);
    /**
     * How long past its expiry a verifier (web, the services, the gateway) still accepts a token: 60 s by default, for
     * clocks that drift; one machine's components share a clock, and the login journey waits out TTL plus skew.
     */
    static final Duration VERIFIERS_CLOCK_SKEW = Duration.ofSeconds(2);

    private static final List<String> JVM_OPTIONS = List.of("-Dtraam.gateway.rate-limit.replenish-rate=1000000",
            "-Dtraam.gateway.rate-limit.burst-capacity=1000000",
            "-Dtraam.identity.tokens.access-token-ttl=" + ACCESS_TOKEN_TTL.toSeconds() + "s",
            "-Dtraam.security.jwt.clock-skew=" + VERIFIERS_CLOCK_SKEW.toSeconds() + "s");

    /** Two cores shared with other builds have taken over three minutes to start a service: wait longer. */
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(6);

    /** What a journey test drives: the platform, its gateway and the badges its tokens verify against. */
    record Running(DisposablePlatform platform, Gateway gateway, Badges badges) implements AutoCloseable {
        @Override
        public void close() {
            platform.close();
        }
    }

    private static volatile Running running;

    @Override
    public void beforeAll(ExtensionContext context) {
        running = context.getRoot().getStore(NAMESPACE).computeIfAbsent(Running.class, type -> start(), Running.class);
    }

    /** The platform the extension started; a test class declares {@code @ExtendWith(SharedPlatform.class)}. */
    static Running running() {
        if (running == null) {
            throw new IllegalStateException("no shared platform: the test class lacks @ExtendWith(SharedPlatform.class)");
        }
        return running;
    }

    private static Running start() {
        Path repository = Path.of(System.getProperty("maven.multiModuleProjectDirectory", ".."));
        Path home = emptied(repository.resolve("journey/target/journey-platform"));
        log.info("Starting the platform from the jars under {}; its data and logs go to {}", repository.toAbsolutePath(),
                home.resolve(".traam"));
        long started = System.nanoTime();
        DisposablePlatform platform = DisposablePlatform.start(repository, home, JVM_OPTIONS, STARTUP_TIMEOUT);
        log.info("Platform up in {} s: {} behind {}", String.format("%.1f", (System.nanoTime() - started) / 1e9),
                platform.components(), platform.gateway());
        return new Running(platform, new Gateway(platform.gateway()), new Badges(platform.keys(), platform.identity().toString()));
    }

    private static Path emptied(Path folder) {
        try {
            if (Files.exists(folder)) {
                try (Stream<Path> paths = Files.walk(folder)) {
                    paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
