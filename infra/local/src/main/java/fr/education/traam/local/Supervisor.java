package fr.education.traam.local;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs each component in its own JVM, wave by wave, and stops them all. */
final class Supervisor implements AutoCloseable {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);

    /** A component JVM and what the operator needs to find it. */
    record Running(Component component, Process process, Path log, Health health) {
    }

    private final Workspace workspace;
    private final PlatformSettings settings;
    private final HealthProbe probe;
    private final RunFile runFile;
    private final List<Running> running = new ArrayList<>();
    private boolean closed;

    Supervisor(Workspace workspace, PlatformSettings settings, HealthProbe probe, RunFile runFile) {
        this.workspace = workspace;
        this.settings = settings;
        this.probe = probe;
        this.runFile = runFile;
    }

    /** Starts every wave and returns once all components are UP; throws a {@link StartupFailure} otherwise. */
    List<Running> startAll() {
        for (List<Component> wave : settings.components().waves().values()) {
            Map<Component, Process> started = new LinkedHashMap<>();
            wave.forEach(component -> started.put(component, start(component)));
            awaitHealthy(started);
        }
        synchronized (this) {
            return List.copyOf(running);
        }
    }

    List<String> command(Component component) {
        List<String> command = new ArrayList<>();
        command.add(settings.javaExecutable().toString());
        command.addAll(settings.jvmOptions());
        command.add("-jar");
        command.add(workspace.root().resolve(component.jar()).toString());
        command.add("--spring.profiles.active=local");
        command.add("--server.port=" + component.port());
        command.add("--traam.security.jwt.public-key-location=file:" + workspace.publicKey());
        // Always, unlike the addresses below: the SMTP server is the launcher's own, which no service's local
        // configuration names, and a service without spring.mail.host has no mail sender at all.
        command.add("--spring.mail.host=" + settings.host());
        command.add("--spring.mail.port=" + settings.smtpPort());
        if (component.name().equals(Components.IDENTITY)) {
            // The pair the launcher has just read or created, which ./traam token signs with too.
            command.add("--traam.identity.signing-keys=" + workspace.keys());
        }
        if (settings.passAddresses()) {
            command.addAll(addresses(component));
        }
        return command;
    }

    /**
     * Where everything is, for a platform off the documented ports. Each service's database is {@code traam-} and its
     * name, as in its own configuration; the gateway reads its routes' targets from
     * {@code traam.gateway.services.*}; links written for readers start with the gateway's address. A component
     * ignores what it has no use for.
     */
    private List<String> addresses(Component component) {
        List<String> addresses = new ArrayList<>();
        addresses.add("--spring.kafka.bootstrap-servers=" + settings.kafkaAddress());
        addresses.add("--spring.cloud.stream.kafka.binder.brokers=" + settings.kafkaAddress());
        addresses.add("--spring.mongodb.uri=" + settings.mongoAddress() + "/traam-" + component.name());
        settings.components().all().stream()
                .filter(other -> !other.equals(component))
                .forEach(other -> addresses.add(
                        "--traam.gateway.services." + other.name() + "=" + other.baseUrl(settings.host())));
        settings.gatewayUrl().ifPresent(gateway -> {
            addresses.add("--traam.dissemination.public-base-url=" + gateway);
            addresses.add("--traam.productions.public-base-url=" + gateway);
            addresses.add("--traam.groups.member-mail.public-base-url=" + gateway);
            addresses.add("--traam.candidatures.outcome-mail.public-base-url=" + gateway);
            addresses.add("--traam.identity.public-base-url=" + gateway);
            // The web module reads the API through the gateway, as any web client does.
            addresses.add("--traam.web.api-url=" + gateway);
        });
        return addresses;
    }

    /**
     * What every component finds in its environment: the identity provider's address as the issuer its tokens carry
     * and where its keys are, under the names the services, the web module, the gateway and the provider itself read
     * ({@code TRAAM_ISSUER}, {@code TRAAM_JWK_SET_URI}). Always, not only off the documented ports: the issuer must be
     * the same everywhere, and a platform without a provider leaves each component to its own default.
     */
    Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>();
        settings.identityUrl().ifPresent(identity -> {
            environment.put("TRAAM_ISSUER", identity.toString());
            environment.put("TRAAM_JWK_SET_URI", identity.resolve("/oauth2/jwks").toString());
        });
        return environment;
    }

    private synchronized Process start(Component component) {
        if (closed) {
            throw new StartupFailure("stopping: " + component.name() + " not started");
        }
        Path jar = workspace.root().resolve(component.jar());
        if (!Files.isRegularFile(jar)) {
            throw new StartupFailure(component.name() + ": " + workspace.display(jar)
                    + " is missing; build it with ./mvnw -q -DskipTests install");
        }
        Path log = workspace.log(component.name());
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command(component));
            builder.environment().putAll(environment());
            Process process = builder
                    .directory(workspace.home().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            running.add(new Running(component, process, log, Health.unhealthy("starting")));
            runFile.add(component.name(), process.toHandle());
            return process;
        } catch (IOException e) {
            throw new StartupFailure(component.name() + ": cannot start " + settings.javaExecutable(), e);
        }
    }

    private void awaitHealthy(Map<Component, Process> started) {
        long deadline = System.nanoTime() + settings.startupTimeout().toNanos();
        Map<Component, Process> waiting = new LinkedHashMap<>(started);
        while (!waiting.isEmpty()) {
            for (var iterator = waiting.entrySet().iterator(); iterator.hasNext(); ) {
                var entry = iterator.next();
                Component component = entry.getKey();
                Process process = entry.getValue();
                Health health = probe.http(component.healthUrl(settings.host()));
                if (health.up()) {
                    markHealthy(component, health);
                    iterator.remove();
                } else if (!process.isAlive()) {
                    throw new StartupFailure(component.name() + " exited with code " + process.exitValue()
                            + " before it was up; see " + workspace.display(workspace.log(component.name())));
                } else if (System.nanoTime() > deadline) {
                    throw new StartupFailure(component.name() + " is not up after "
                            + settings.startupTimeout().toSeconds() + " s (last health: " + health.description()
                            + "); see " + workspace.display(workspace.log(component.name())));
                }
            }
            if (!waiting.isEmpty()) {
                sleep(POLL_INTERVAL);
            }
        }
    }

    private synchronized void markHealthy(Component component, Health health) {
        running.replaceAll(entry -> entry.component().equals(component)
                ? new Running(component, entry.process(), entry.log(), health)
                : entry);
    }

    private void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupFailure("interrupted while waiting for the components");
        }
    }

    /** Stops every component (the gateway, started last, is told first) and kills what does not stop in time. */
    @Override
    public void close() {
        List<ProcessHandle> processes;
        synchronized (this) {
            closed = true;
            processes = running.stream().map(entry -> entry.process().toHandle()).toList();
        }
        List<ProcessHandle> lastFirst = new ArrayList<>(processes);
        Collections.reverse(lastFirst);
        Processes.stop(lastFirst, settings.stopGrace());
    }
}
