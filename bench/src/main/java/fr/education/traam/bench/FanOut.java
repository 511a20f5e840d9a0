package fr.education.traam.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;

/**
 * The fan-out: opening calls, at a fixed rate, through the real path. Each {@code POST …/phase-transitions} to
 * {@code CALL_OPEN} goes through the gateway to the campaigns service, MongoDB, its outbox and Kafka; the
 * dissemination service turns the event into (a) an item in the campaign's theme line of the ÉduNum letter, and (b) a
 * signed webhook to an académie's website, here a receiver on loopback. Each event's latency runs from the moment its
 * request is sent to each arrival.
 *
 * <p>An opening call rather than a published national selection: a selection needs a campaign in selection, eight
 * candidatures and six decisions before its one publishing request, too much set-up per event to drive at a fixed
 * rate in this first slice. The path after Kafka is the same consumer, outbox and delivery machinery.
 *
 * <p>(a) is seen by polling the theme line's draft on the dissemination service's own port (the line opens with
 * its first item): its latency is late by up to one polling round, which the result states.
 */
final class FanOut {

    static final String PHASE_ADVANCED = "fr.education.traam.campaigns.campaign-phase-advanced.v1";

    record Result(double targetRatePerSecond, double seconds, int sent, double achievedRatePerSecond, int httpErrors,
                  Map<String, Integer> httpErrorsByStatus, int draftsMissing, int webhooksMissing, int badSignatures, double pollRoundMs,
                  double throughputPerSecond, Latencies http, Latencies draftItem, Latencies webhook) {
    }

    private final Platform platform;
    private final URI dissemination;

    FanOut(Platform platform, URI dissemination) {
        this.platform = platform;
        this.dissemination = dissemination;
    }

    /** Campaigns drafted beforehand, one per event: drafting is set-up, not measured. */
    List<String> prepare(int events, int concurrency) {
        String expert = platform.expert();
        List<String> ids = new ArrayList<>(events);
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<String>> drafted = new ArrayList<>();
            for (int i = 0; i < events; i++) {
                int number = i;
                drafted.add(pool.submit(() -> platform.draftCampaign(expert, number)));
            }
            for (var draft : drafted) {
                ids.add(draft.get());
            }
        } catch (Exception e) {
            throw new IllegalStateException("drafting the benchmark's campaigns failed", e);
        } finally {
            pool.shutdownNow();
        }
        return ids;
    }

    Result run(List<String> campaignIds, double ratePerSecond, Duration arrivalTimeout) throws Exception {
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        Map<String, Long> httpDone = new ConcurrentHashMap<>();
        Map<String, Long> inDraft = new ConcurrentHashMap<>();
        Map<String, Long> webhookAt = new ConcurrentHashMap<>();
        AtomicInteger badSignatures = new AtomicInteger();
        AtomicInteger httpErrors = new AtomicInteger();
        Map<String, Integer> httpErrorsByStatus = new ConcurrentHashMap<>();

        try (Website website = Website.start(webhookAt, badSignatures)) {
            website.register(platform);
            String expert = platform.expert();
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            // A daemon: should the run fail before it is shut down, it cannot keep the JVM alive.
            ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "bench-fan-out-clock");
                thread.setDaemon(true);
                return thread;
            });
            CountDownLatch answered = new CountDownLatch(campaignIds.size());
            AtomicInteger next = new AtomicInteger();
            long periodNanos = (long) (1e9 / ratePerSecond);
            long started = System.nanoTime();
            // Open loop: each request leaves on its tick whether or not the previous ones have been answered.
            clock.scheduleAtFixedRate(() -> {
                int index = next.getAndIncrement();
                if (index >= campaignIds.size()) {
                    return;
                }
                String id = campaignIds.get(index);
                sentAt.put(id, System.nanoTime());
                client.sendAsync(openCall(expert, id), HttpResponse.BodyHandlers.discarding())
                        .whenComplete((response, failure) -> {
                            if (failure == null && response.statusCode() == 200) {
                                httpDone.put(id, System.nanoTime());
                            } else {
                                httpErrors.incrementAndGet();
                                httpErrorsByStatus.merge(failure != null ? failure.getClass().getSimpleName()
                                        : Integer.toString(response.statusCode()), 1, Integer::sum);
                            }
                            answered.countDown();
                        });
            }, 0, periodNanos, TimeUnit.NANOSECONDS);

            AtomicLong rounds = new AtomicLong();
            long pollStarted = System.nanoTime();
            long deadline = started + (long) (campaignIds.size() / ratePerSecond * 1e9) + arrivalTimeout.toNanos();
            String editor = platform.bearer("bench-editor", "EDITOR", null);
            while (System.nanoTime() < deadline
                    && (inDraft.size() < campaignIds.size() || webhookAt.size() < campaignIds.size())) {
                for (String id : List.copyOf(sentAt.keySet())) {
                    if (!inDraft.containsKey(id) && draftExists(client, editor, id)) {
                        inDraft.put(id, System.nanoTime());
                    }
                }
                rounds.incrementAndGet();
                Thread.sleep(5);
            }
            double pollRoundMs = (System.nanoTime() - pollStarted) / 1e6 / Math.max(1, rounds.get());
            clock.shutdownNow();
            answered.await(10, TimeUnit.SECONDS);
            double sendSeconds = (lastValue(sentAt) - started) / 1e9;
            long lastArrival = Math.max(lastValue(inDraft), lastValue(webhookAt));
            int arrivals = Math.min(inDraft.size(), webhookAt.size());
            return new Result(ratePerSecond, FeedLoad.round((lastArrival - started) / 1e9), sentAt.size(),
                    FeedLoad.round(sentAt.size() / Math.max(sendSeconds, 1e-9)), httpErrors.get(),
                    new TreeMap<>(httpErrorsByStatus),
                    campaignIds.size() - inDraft.size(), campaignIds.size() - webhookAt.size(), badSignatures.get(),
                    FeedLoad.round(pollRoundMs),
                    FeedLoad.round(arrivals / Math.max((lastArrival - started) / 1e9, 1e-9)),
                    Latencies.ofNanos(since(sentAt, httpDone)), Latencies.ofNanos(since(sentAt, inDraft)),
                    Latencies.ofNanos(since(sentAt, webhookAt)));
        }
    }

    private HttpRequest openCall(String expert, String campaignId) {
        return HttpRequest.newBuilder(platform.gateway().resolve("/api/campaigns/" + campaignId + "/phase-transitions"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", expert).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"to\":\"CALL_OPEN\"}")).build();
    }

    private boolean draftExists(HttpClient client, String editor, String campaignId) {
        URI draft = dissemination.resolve("/api/dissemination/edition-lines/" + Platform.themeLine(campaignId) + "/draft");
        try {
            return client.send(HttpRequest.newBuilder(draft).header("Authorization", editor).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static long lastValue(Map<String, Long> times) {
        return times.values().stream().mapToLong(Long::longValue).max().orElse(System.nanoTime());
    }

    private static long[] since(Map<String, Long> sentAt, Map<String, Long> arrivedAt) {
        return arrivedAt.entrySet().stream().filter(entry -> sentAt.containsKey(entry.getKey()))
                .mapToLong(entry -> entry.getValue() - sentAt.get(entry.getKey())).toArray();
    }

    /**
     * An académie's website on loopback: it checks each webhook's Standard Webhooks signature, as a real site must,
     * and notes when the first delivery about each campaign arrived.
     */
    static final class Website implements AutoCloseable {

        private final HttpServer server;
        private volatile byte[] secret;

        private Website(HttpServer server) {
            this.server = server;
        }

        static Website start(Map<String, Long> arrivals, AtomicInteger badSignatures) throws IOException {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            Website website = new Website(server);
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.createContext("/webhooks", exchange -> {
                long arrived = System.nanoTime();
                byte[] body;
                try (InputStream in = exchange.getRequestBody()) {
                    body = in.readAllBytes();
                }
                var headers = exchange.getRequestHeaders();
                if (website.signedCorrectly(headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"),
                        headers.getFirst("webhook-signature"), body)) {
                    JsonNode event = Platform.json(new String(body, StandardCharsets.UTF_8));
                    if (PHASE_ADVANCED.equals(event.path("type").asString())) {
                        arrivals.putIfAbsent(event.path("subject").asString(), arrived);
                    }
                } else {
                    badSignatures.incrementAndGet();
                }
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.start();
            return website;
        }

        void register(Platform platform) {
            URI webhook = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks");
            String operator = platform.bearer("bench-operator", "OPERATOR", null);
            var registered = platform.send("POST", "/api/dissemination/sites", operator, Map.of(
                    "academy", "10", "name", "Site académique de Lyon (benchmark)", "webhookUrl", webhook.toString(),
                    "subscription", Map.of("eventTypes", List.of(PHASE_ADVANCED), "scope", "OWN_ACADEMY")));
            Platform.require(201, registered, "registering the benchmark's website");
            String shown = Platform.json(registered.body()).get("secret").asString();
            secret = Base64.getDecoder().decode(shown.substring(shown.indexOf('_') + 1));
        }

        private boolean signedCorrectly(String id, String timestamp, String signatures, byte[] body) {
            if (id == null || timestamp == null || signatures == null || secret == null) {
                return false;
            }
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret, "HmacSHA256"));
                mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
                byte[] expected = Base64.getEncoder().encode(mac.doFinal(body));
                for (String signature : signatures.split(" ")) {
                    if (signature.startsWith("v1,") && MessageDigest.isEqual(expected,
                            signature.substring(3).getBytes(StandardCharsets.UTF_8))) {
                        return true;
                    }
                }
                return false;
            } catch (GeneralSecurityException e) {
                return false;
            }
        }

        @Override
        public void close() {
            server.stop(0);
            ((ExecutorService) server.getExecutor()).shutdownNow();
        }
    }
}
