package fr.education.traam.local;

import fr.education.traam.embedded.identity.SigningKeys;
import fr.education.traam.embedded.identity.TokenMinter;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/**
 * Entry point of {@code ./traam}: {@code up}, {@code stop}, {@code status}, {@code token}, {@code keys}, {@code help}.
 *
 * <p>A plain {@code main}, no Spring context: the launcher must start fast and own nothing but processes.
 */
public final class TraamLocal {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    /** The full help is ./traam's: this jar is not meant to be run by hand. */
    private static final String USAGE_LINE = "usage: ./traam up | stop | status | token ROLE... | keys | help";

    private final Workspace workspace;
    private final PlatformSettings settings;
    private final Console console;
    /** The variable that names the tokens' issuer, read by every component too. */
    static final String ISSUER_VARIABLE = "TRAAM_ISSUER";
    private final Instant launched = Instant.now();

    TraamLocal(Workspace workspace, PlatformSettings settings, Console console) {
        this.workspace = workspace;
        this.settings = settings;
        this.console = console;
    }

    public static void main(String[] args) {
        Workspace workspace = Workspace.currentDirectory();
        // Kafka and MongoDB log through Logback into this file (see logback.xml), not over the launcher's table.
        System.setProperty("traam.local.log-file", workspace.log("infrastructure").toString());
        System.exit(run(workspace, () -> PlatformSettings.defaults(Components.bundled(), System.getenv()), args));
    }

    /** The exit code of one command; a launcher run from a test differs from {@link #main} only by its settings. */
    static int run(Workspace workspace, Supplier<PlatformSettings> settings, String[] args) {
        Console console = Console.system();
        try {
            return new TraamLocal(workspace, settings.get(), console).run(Arrays.asList(args));
        } catch (RuntimeException e) {
            console.error("traam: " + describe(e));
            return FAILED;
        }
    }

    int run(List<String> args) {
        String command = args.isEmpty() ? "help" : args.get(0);
        List<String> rest = args.isEmpty() ? List.of() : args.subList(1, args.size());
        return switch (command) {
            case "up" -> noArguments(command, rest) ? up() : USAGE;
            case "stop" -> noArguments(command, rest) ? stop() : USAGE;
            case "status" -> noArguments(command, rest) ? status() : USAGE;
            case "token" -> token(rest);
            case "keys" -> noArguments(command, rest) ? keys() : USAGE;
            case "help", "-h", "--help" -> {
                console.result(USAGE_LINE);
                yield OK;
            }
            default -> {
                console.error("traam: unknown command " + command + "\n" + USAGE_LINE);
                yield USAGE;
            }
        };
    }

    private boolean noArguments(String command, List<String> rest) {
        if (!rest.isEmpty()) {
            console.error("traam: " + command + " takes no arguments, got " + String.join(" ", rest));
            return false;
        }
        return true;
    }

    /**
     * Starts everything, prints where it is, then waits for Ctrl-C, SIGTERM (./traam stop) or SIGHUP; the shutdown
     * hook stops it all.
     */
    private int up() {
        LocalPlatform platform = new LocalPlatform(workspace, settings);
        try {
            platform.checkPreconditions(console);
        } catch (StartupFailure e) {
            console.error("traam: " + e.getMessage());
            return FAILED;
        }
        if (Processes.ignoresInterrupt(ProcessHandle.current())) {
            // ./traam resets it; a launcher run another way (java -jar in a script's background job) may not.
            console.error("traam: note: this launcher started with SIGINT ignored, so Ctrl-C cannot stop it;"
                    + " ./traam stop or SIGTERM can");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread shutdown = new Thread(() -> {
            console.line("\nStopping the TraAM platform...");
            platform.close();
            console.line("Stopped.");
            stopped.countDown();
        }, "traam-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdown);
        console.line("Starting the TraAM platform (logs in " + workspace.display(workspace.logs()) + ")...");
        LocalPlatform.Ready ready;
        try {
            ready = platform.start();
        } catch (RuntimeException e) {
            if (platform.stopping()) {
                return FAILED;
            }
            console.error("traam: " + describe(e));
            platform.close();
            Runtime.getRuntime().removeShutdownHook(shutdown);
            return FAILED;
        }
        printReady(ready);
        // A component that dies later would otherwise go unnoticed until a request fails.
        ready.components().forEach(running -> running.process().onExit().thenAccept(process -> {
            if (!platform.stopping()) {
                console.error("traam: " + running.component().name() + " exited with code " + process.exitValue()
                        + "; see " + workspace.display(running.log()));
            }
        }));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return OK;
    }

    private void printReady(LocalPlatform.Ready ready) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("COMPONENT", "URL", "HEALTH", "LOG"));
        rows.add(List.of("kafka", ready.kafka(), "UP", workspace.display(workspace.log("infrastructure"))));
        rows.add(List.of("mongodb", ready.mongo(), "UP", workspace.display(workspace.log("infrastructure"))));
        rows.add(List.of("smtp", ready.smtp(), "UP", workspace.display(workspace.log("infrastructure"))));
        rows.add(List.of("mail-view", ready.mailView().toString(), "UP",
                workspace.display(workspace.log("infrastructure"))));
        for (Supervisor.Running running : ready.components()) {
            Component component = running.component();
            rows.add(List.of(component.name(), component.baseUrl(settings.host()).toString(),
                    running.health().description(), workspace.display(running.log())));
            if (component.name().equals(Components.GATEWAY)) {
                rows.add(List.of("openapi-ui", component.baseUrl(settings.host()).resolve("/swagger-ui.html").toString(),
                        running.health().description(), workspace.display(running.log())));
            }
        }
        console.line("");
        console.table(rows);
        // ./traam execs this JVM, so the process start is when the operator typed the command (build included).
        Instant typed = ProcessHandle.current().info().startInstant().orElse(launched);
        console.line(String.format("Ready in %.1f s. Ctrl-C (or ./traam stop from another terminal) stops everything.",
                Duration.between(typed, Instant.now()).toMillis() / 1000.0));
    }

    private static String describe(RuntimeException e) {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    private int stop() {
        return new PlatformStop(new RunFile(workspace.pidFile()), settings.launcherStopTimeout(), settings.stopGrace(),
                console).stop();
    }

    private int status() {
        List<StatusReport.Line> lines = new StatusReport(settings, new HealthProbe(Duration.ofSeconds(2))).probe();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("COMPONENT", "ADDRESS", "HEALTH"));
        lines.forEach(line -> rows.add(List.of(line.name(), line.address(), line.health().description())));
        console.table(rows);
        return StatusReport.allHealthy(lines) ? OK : FAILED;
    }

    private int token(List<String> args) {
        TokenArguments arguments;
        try {
            arguments = TokenArguments.parse(args);
        } catch (IllegalArgumentException e) {
            console.error("traam: " + e.getMessage());
            return USAGE;
        }
        if (arguments.lacksAcademy()) {
            console.error("traam: note: " + String.join(", ", arguments.roles())
                    + " without --academy CODE cannot act on any académie");
        }
        SigningKeys keys = SigningKeys.loadOrCreate(workspace.keys());
        String token = new TokenMinter(keys, issuer(), Clock.systemUTC()).mint(
                new TokenMinter.TokenRequest(arguments.subject(), arguments.roles(), arguments.academy(), arguments.ttl(),
                        arguments.email()));
        console.result(token);
        return OK;
    }

    /**
     * The issuer the platform's components check, which a script's token must carry: {@code TRAAM_ISSUER} when set (as
     * the components read it), else the identity provider's address on this platform's ports.
     */
    private String issuer() {
        String configured = System.getenv(ISSUER_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        return settings.identityUrl().map(URI::toString).orElse(TokenMinter.LOCAL_ISSUER);
    }

    private int keys() {
        SigningKeys.loadOrCreate(workspace.keys());
        console.result(workspace.keys().toString());
        return OK;
    }
}
