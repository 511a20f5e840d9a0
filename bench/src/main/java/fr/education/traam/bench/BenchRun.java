package fr.education.traam.bench;

import fr.education.traam.local.DisposablePlatform;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One benchmark run: starts the platform on free ports with its data in {@code home}, measures, stops it, pass or
 * fail, and returns what it measured. The order matters on a shared two-core machine: the cheap, short baselines come
 * first, the fan-out (which leaves the services busy with deliveries) last.
 */
final class BenchRun {

    private static final String DISSEMINATION = "dissemination";
    /** How long the fan-out waits for news once nothing new arrives. */
    private static final Duration ARRIVAL_TIMEOUT = Duration.ofSeconds(30);
    /**
     * The gateway limits each client (token subject, else IP) to 20 requests a second; the benchmark is one client,
     * so the limit is lifted — the limiter itself still runs on every request, and its cost is measured.
     */
    static final List<String> LIFTED_RATE_LIMIT = List.of("-Dtraam.gateway.rate-limit.replenish-rate=1000000",
            "-Dtraam.gateway.rate-limit.burst-capacity=1000000");

    /** The option a test platform starts its components with: sooner up, never at the steady pace. */
    static final String CLIENT_COMPILER_ONLY = "-XX:TieredStopAtLevel=1";

    private BenchRun() {
    }

    static BenchResults run(BenchSettings settings, Path home, Consumer<String> progress) throws Exception {
        Instant startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<String> notes = new ArrayList<>();
        TraamUp.Result up = new TraamUp.Result(null, "skipped (--no-traam-up)");
        if (settings.traamUp()) {
            progress.accept("Timing ./traam up in " + settings.repository());
            up = TraamUp.measure(settings.repository(), Duration.ofSeconds(300));
            progress.accept(up.seconds() != null ? "./traam up ready in " + up.seconds() + " s" : "./traam up not timed: " + up.note());
        }
        long booting = System.nanoTime();
        Profiles profiles = settings.profile() ? Profiles.under(settings.results(), startedAt) : Profiles.NONE;
        List<String> jvmOptions = new ArrayList<>(LIFTED_RATE_LIMIT);
        jvmOptions.addAll(profiles.jvmOptions());
        if (settings.clientCompilerOnly()) {
            jvmOptions.add(CLIENT_COMPILER_ONLY);
        }
        Map<String, Long> pids = new HashMap<>();
        profiles.recordHost();
        try (DisposablePlatform platform = settings.components().isEmpty()
                ? DisposablePlatform.startAsTraamUp(settings.repository(), home, jvmOptions)
                : DisposablePlatform.startAsTraamUp(settings.repository(), home, jvmOptions, settings.components())) {
            pids.putAll(platform.pids());
            double platformStart = FeedLoad.round((System.nanoTime() - booting) / 1e9);
            progress.accept("Platform up in " + platformStart + " s behind " + platform.gateway()
                    + "; logs in " + platform.logs());
            Map<String, Long> idle = Footprint.residentMegabytes(platform.pids());
            Platform client = new Platform(platform.gateway(), platform.keys(), platform.identity().toString());
            URI dissemination = platform.address(DISSEMINATION);

            String feedPath = openLineToRead(client, dissemination);
            progress.accept("Reading " + feedPath + " with " + settings.concurrency() + " clients, "
                    + settings.requests() + " requests each way");
            FeedLoad feed = new FeedLoad();
            URI direct = dissemination.resolve(feedPath);
            URI viaGateway = platform.gateway().resolve(feedPath);
            feed.warmUp(direct, Math.min(settings.requests(), 500));
            feed.warmUp(viaGateway, Math.min(settings.requests(), 500));
            LoadResult directLoad = feed.run("direct", direct, settings.concurrency(), settings.requests());
            LoadResult gatewayLoad = feed.run("gateway", viaGateway, settings.concurrency(), settings.requests());

            progress.accept("Kafka EndToEndLatency, " + settings.kafkaMessages() + " records");
            KafkaBaseline.Result kafka = KafkaBaseline.run(platform.kafkaBootstrapServers(), settings.kafkaMessages(), 512);

            progress.accept("Importing a dedicated file of " + settings.importRows() + " rows");
            TenThousandRows.Result imported = new TenThousandRows(client).measure(settings.importRows(), Duration.ofSeconds(300));
            progress.accept("Imported in " + imported.seconds() + " s: " + imported.status());

            FanOut fanOut = new FanOut(client, dissemination);
            progress.accept("Preparing " + settings.events() + " events: campaigns to open, national selections to publish");
            List<FanOut.Event> events = fanOut.prepare(settings.events(), settings.concurrency());
            boolean quiet = Footprint.awaitQuiet(platform.pids(), Duration.ofSeconds(120));
            progress.accept((quiet ? "Services idle again; s" : "Services still busy after 120 s; s")
                    + "ending the events at " + settings.rate() + "/s");
            FanOut.Result fan = fanOut.run(events, settings.rate(), ARRIVAL_TIMEOUT,
                    () -> Footprint.residentMegabytes(platform.pids()));
            Map<String, Long> loaded = Footprint.residentMegabytes(platform.pids());

            if (!quiet) {
                notes.add("The services were still busy with the set-up when the fan-out began.");
            }
            notes.add("Fan-out events alternate opening calls and published national selections; the draft item is seen"
                    + " by polling, late by up to one round (" + fan.pollRoundMs() + " ms).");
            notes.add(settings.clientCompilerOnly()
                    ? "Component JVMs run with the client compiler only (" + CLIENT_COMPILER_ONLY + "), as a test platform:"
                    + " these figures say the run works, not how fast the platform is."
                    : "Component JVMs run as ./traam up runs them (-Xmx256m -XX:+UseSerialGC, both compilers), the"
                    + " gateway's per-client rate limit lifted (the limiter still runs).");
            double kafkaP99 = Math.max(kafka.p99Ms(), 1);
            BenchResults.Ratios ratios = new BenchResults.Ratios(
                    ratio(gatewayLoad.latency().p50(), directLoad.latency().p50()),
                    ratio(gatewayLoad.latency().p99(), directLoad.latency().p99()),
                    ratio(directLoad.throughputPerSecond(), gatewayLoad.throughputPerSecond()),
                    fan.webhook().count() == 0 ? null : ratio(fan.webhook().p99(), kafkaP99),
                    fan.draftItem().count() == 0 ? null : ratio(fan.draftItem().p99(), kafkaP99));
            return new BenchResults(startedAt.toString(), machine(),
                    new BenchResults.Settings(settings.rate(), settings.duration().toMillis() / 1000.0,
                            settings.events(), settings.requests(), settings.concurrency(), settings.kafkaMessages()),
                    platformStart, new BenchResults.FeedComparison(feedPath, directLoad, gatewayLoad), kafka, fan,
                    ratios, new BenchResults.Footprint(up.seconds(), up.note(), imported.rows(), imported.seconds(),
                            imported.status(), imported), idle, loaded, notes);
        } finally {
            // The recordings are written as the components exit, that is once the platform is closed.
            profiles.nameAfter(pids, progress);
        }
    }

    /**
     * A campaign whose call is open, so that dissemination has opened its theme's line: returns the line's Atom feed
     * path once the service answers it.
     */
    private static String openLineToRead(Platform client, URI dissemination) throws InterruptedException {
        String expert = client.expert();
        String campaign = client.draftCampaign(expert, 0);
        Platform.require(200, client.openCall(expert, campaign), "opening the first call");
        String path = "/api/dissemination/edition-lines/" + Platform.themeLine(campaign, Platform.THEME_ID) + "/feed.atom";
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (client.status(dissemination.resolve(path)) != 200) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the line's feed never appeared: " + path);
            }
            Thread.sleep(100);
        }
        return path;
    }

    private static Double ratio(double numerator, double denominator) {
        return denominator == 0 ? null : Math.round(numerator / denominator * 100) / 100.0;
    }

    private static BenchResults.Machine machine() {
        long memory = -1;
        try {
            memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
                    .mapToLong(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024).findFirst().orElse(-1);
        } catch (IOException e) {
            // Not Linux: the memory stays unknown, the rest of the run does not depend on it.
        }
        return new BenchResults.Machine(Runtime.getRuntime().availableProcessors(), memory,
                System.getProperty("java.version"), System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    }
}
