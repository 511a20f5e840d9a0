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
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
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
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;

/**
 * The fan-out: news at a fixed rate through the real path. Every other event is an opening call
 * ({@code POST /api/campaigns/{id}/phase-transitions} to {@code CALL_OPEN}, through the gateway to the campaigns
 * service), the others a published national selection ({@code POST /api/candidatures/selections/{campaign}/{theme}/publication},
 * to the candidatures service). Each request goes on to MongoDB, the service's outbox and Kafka; the dissemination
 * service turns the event into (a) an item in the theme line of the ÉduNum letter, and (b) a signed webhook to an
 * académie's website, here a receiver on loopback for Lyon, which both kinds of news concern. Each event's latency runs
 * from the moment its request is sent to each arrival.
 *
 * <p>(a) is seen by polling the theme line's draft on the dissemination service's own port for an item of the
 * event's kind: its latency is late by up to one polling round, which the result states.
 */
final class FanOut {

    static final String PHASE_ADVANCED = "fr.education.traam.campaigns.campaign-phase-advanced.v1";
    static final String SELECTION_PUBLISHED = "fr.education.traam.candidatures.national-selection-published.v1";

    /** What one event is: the request that triggers it, where its news lands and what its webhook says. */
    record Event(Kind kind, String subject, String path, Object body, String line) {
    }

    enum Kind {
        OPENING_CALL("opening call", "CALL_OPEN", PHASE_ADVANCED),
        PUBLISHED_SELECTION("published selection", "SELECTION_PUBLISHED", SELECTION_PUBLISHED);

        final String label;
        final String draftItemKind;
        final String webhookType;

        Kind(String label, String draftItemKind, String webhookType) {
            this.label = label;
            this.draftItemKind = draftItemKind;
            this.webhookType = webhookType;
        }
    }

    /** One kind's share of the run. */
    record PerKind(int sent, int httpErrors, int draftsMissing, int webhooksMissing, Latencies http, Latencies draftItem,
                   Latencies webhook) {
    }

    record Result(double targetRatePerSecond, double seconds, int sent, double achievedRatePerSecond, int httpErrors,
                  Map<String, Integer> httpErrorsByStatus, int draftsMissing, int webhooksMissing, int badSignatures,
                  double pollRoundMs, double throughputPerSecond, Latencies http, Latencies draftItem, Latencies webhook,
                  Map<String, PerKind> byKind, Map<String, Long> peakResidentMegabytes) {
    }

    /** The longest the run waits for news after the last request, however steadily it keeps arriving. */
    static final Duration LONGEST_DRAIN = Duration.ofMinutes(10);

    private final Platform platform;
    private final URI dissemination;

    FanOut(Platform platform, URI dissemination) {
        this.platform = platform;
        this.dissemination = dissemination;
    }

    /**
     * The run's events, set up beforehand (not measured): {@code count}, alternately an opening call (of a campaign
     * drafted here) and a published selection (of {@link NationalSelections}).
     */
    List<Event> prepare(int count, int concurrency) {
        int selections = count / 2;
        List<String> campaigns = draftCampaigns(count - selections, concurrency);
        List<NationalSelections.Ready> ready = new NationalSelections(platform, concurrency).prepare(selections);
        List<Event> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (i % 2 == 0) {
                String campaign = campaigns.get(i / 2);
                events.add(new Event(Kind.OPENING_CALL, campaign, "/api/campaigns/" + campaign + "/phase-transitions",
                        new Platform.PhaseTransition("CALL_OPEN"), Platform.themeLine(campaign, Platform.THEME_ID)));
            } else {
                NationalSelections.Ready selection = ready.get(i / 2);
                events.add(new Event(Kind.PUBLISHED_SELECTION, selection.selectionId(), selection.publicationPath(), null,
                        Platform.themeLine(selection.campaignId(), selection.themeId())));
            }
        }
        return events;
    }

    private List<String> draftCampaigns(int events, int concurrency) {
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

    /**
     * Sends {@code events} at {@code ratePerSecond}, open loop, and waits for their news as long as it keeps arriving:
     * the wait ends when everything arrived, or when nothing new arrived for {@code arrivalTimeout} (a platform
     * behind the rate drains its backlog at its own pace, which is what the run measures), or after
     * {@link #LONGEST_DRAIN} at most. {@code memory} is read once a second meanwhile, and the peak of each JVM kept.
     */
    Result run(List<Event> events, double ratePerSecond, Duration arrivalTimeout, Supplier<Map<String, Long>> memory)
            throws Exception {
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        Map<String, Long> httpDone = new ConcurrentHashMap<>();
        Map<String, Long> inDraft = new ConcurrentHashMap<>();
        Map<String, Long> webhookAt = new ConcurrentHashMap<>();
        AtomicInteger badSignatures = new AtomicInteger();
        Map<String, Integer> httpErrorsByStatus = new ConcurrentHashMap<>();
        Set<String> failed = ConcurrentHashMap.newKeySet();
        Map<String, Long> peakMemory = new ConcurrentHashMap<>();
        // Each kind's news flows through its own topic and consumer: each is polled in its own order.
        Map<Kind, List<Event>> eventsOfKind = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            eventsOfKind.put(kind, events.stream().filter(e -> e.kind() == kind).toList());
        }

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
            CountDownLatch answered = new CountDownLatch(events.size());
            AtomicInteger next = new AtomicInteger();
            long periodNanos = (long) (1e9 / ratePerSecond);
            long started = System.nanoTime();
            // Open loop: each request leaves on its tick whether or not the previous ones have been answered.
            clock.scheduleAtFixedRate(() -> {
                int index = next.get();
                if (index >= events.size()) {
                    return;
                }
                Event event = events.get(index);
                sentAt.put(event.subject(), System.nanoTime());
                next.incrementAndGet();
                client.sendAsync(request(expert, event), HttpResponse.BodyHandlers.discarding())
                        .whenComplete((response, failure) -> {
                            if (failure == null && response.statusCode() == 200) {
                                httpDone.put(event.subject(), System.nanoTime());
                            } else {
                                failed.add(event.subject());
                                httpErrorsByStatus.merge(failure != null ? failure.getClass().getSimpleName()
                                        : Integer.toString(response.statusCode()), 1, Integer::sum);
                            }
                            answered.countDown();
                        });
            }, 0, periodNanos, TimeUnit.NANOSECONDS);

            AtomicLong rounds = new AtomicLong();
            long pollStarted = System.nanoTime();
            long lastMemoryRead = 0;
            long sendEnd = started + (long) (events.size() / ratePerSecond * 1e9);
            long lastProgress = System.nanoTime();
            int arrivedBefore = 0;
            String editor = platform.bearer("bench-editor", "EDITOR", null);
            while (inDraft.size() + failed.size() < events.size() || webhookAt.size() + failed.size() < events.size()) {
                long now = System.nanoTime();
                if (inDraft.size() + webhookAt.size() > arrivedBefore) {
                    arrivedBefore = inDraft.size() + webhookAt.size();
                    lastProgress = now;
                }
                if (now - Math.max(lastProgress, sendEnd) > arrivalTimeout.toNanos() || now - sendEnd > LONGEST_DRAIN.toNanos()) {
                    break;
                }
                for (Kind kind : Kind.values()) {
                    pollDrafts(client, editor, eventsOfKind.get(kind), sentAt, inDraft, failed);
                }
                rounds.incrementAndGet();
                if (System.nanoTime() - lastMemoryRead > 1_000_000_000L) {
                    memory.get().forEach((name, megabytes) -> peakMemory.merge(name, megabytes, Math::max));
                    lastMemoryRead = System.nanoTime();
                }
                Thread.sleep(5);
            }
            double pollRoundMs = (System.nanoTime() - pollStarted) / 1e6 / Math.max(1, rounds.get());
            clock.shutdownNow();
            answered.await(10, TimeUnit.SECONDS);
            double sendSeconds = (lastValue(sentAt) - started) / 1e9;
            long lastArrival = Math.max(lastValue(inDraft), lastValue(webhookAt));
            int arrivals = Math.min(inDraft.size(), webhookAt.size());
            Map<String, PerKind> byKind = new LinkedHashMap<>();
            for (Kind kind : Kind.values()) {
                Set<String> subjects = events.stream().filter(e -> e.kind() == kind).map(Event::subject)
                        .collect(Collectors.toSet());
                if (!subjects.isEmpty()) {
                    byKind.put(kind.name(), new PerKind(subjects.size(),
                            (int) subjects.stream().filter(s -> sentAt.containsKey(s) && !httpDone.containsKey(s)).count(),
                            (int) subjects.stream().filter(s -> !inDraft.containsKey(s)).count(),
                            (int) subjects.stream().filter(s -> !webhookAt.containsKey(s)).count(),
                            Latencies.ofNanos(since(sentAt, httpDone, subjects)), Latencies.ofNanos(since(sentAt, inDraft, subjects)),
                            Latencies.ofNanos(since(sentAt, webhookAt, subjects))));
                }
            }
            Set<String> all = sentAt.keySet();
            return new Result(ratePerSecond, FeedLoad.round((lastArrival - started) / 1e9), sentAt.size(),
                    FeedLoad.round(sentAt.size() / Math.max(sendSeconds, 1e-9)),
                    httpErrorsByStatus.values().stream().mapToInt(Integer::intValue).sum(), new TreeMap<>(httpErrorsByStatus),
                    events.size() - inDraft.size(), events.size() - webhookAt.size(), badSignatures.get(),
                    FeedLoad.round(pollRoundMs),
                    FeedLoad.round(arrivals / Math.max((lastArrival - started) / 1e9, 1e-9)),
                    Latencies.ofNanos(since(sentAt, httpDone, all)), Latencies.ofNanos(since(sentAt, inDraft, all)),
                    Latencies.ofNanos(since(sentAt, webhookAt, all)), byKind, new TreeMap<>(peakMemory));
        }
    }

    private HttpRequest request(String expert, Event event) {
        HttpRequest.Builder request = HttpRequest.newBuilder(platform.gateway().resolve(event.path()))
                .timeout(Duration.ofSeconds(30)).header("Authorization", expert);
        if (event.body() == null) {
            return request.POST(HttpRequest.BodyPublishers.noBody()).build();
        }
        return request.header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Platform.toJson(event.body()))).build();
    }

    /**
     * One polling round over the events sent and not yet seen in their draft, oldest first. The service handles them
     * nearly in order, so the round stops at the third miss in a row: its cost follows the arrivals, not the backlog,
     * and a service that falls behind is not slowed further by the benchmark's own reads. Events whose request failed
     * have no news to wait for, and those not sent yet are not looked for.
     */
    private void pollDrafts(HttpClient client, String editor, List<Event> events, Map<String, Long> sentAt,
                            Map<String, Long> inDraft, Set<String> failed) {
        int misses = 0;
        for (int i = 0; i < events.size() && misses < 3; i++) {
            Event event = events.get(i);
            if (inDraft.containsKey(event.subject()) || failed.contains(event.subject())) {
                continue;
            }
            if (!sentAt.containsKey(event.subject())) {
                return;
            }
            if (draftHolds(client, editor, event)) {
                inDraft.put(event.subject(), System.nanoTime());
                misses = 0;
            } else {
                misses++;
            }
        }
    }

    /** Whether the draft of the event's theme line holds an item of the event's kind. */
    private boolean draftHolds(HttpClient client, String editor, Event event) {
        URI draft = dissemination.resolve("/api/dissemination/edition-lines/" + event.line() + "/draft");
        try {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(draft).header("Authorization", editor).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200 && Platform.json(answer.body()).path("items").valueStream()
                    .anyMatch(item -> event.kind().draftItemKind.equals(item.path("kind").asString()));
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

    private static long[] since(Map<String, Long> sentAt, Map<String, Long> arrivedAt, Set<String> subjects) {
        return arrivedAt.entrySet().stream().filter(entry -> subjects.contains(entry.getKey()) && sentAt.containsKey(entry.getKey()))
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
                    String type = event.path("type").asString();
                    if (PHASE_ADVANCED.equals(type) || SELECTION_PUBLISHED.equals(type)) {
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
                    "academy", Platform.LYON, "name", "Site académique de Lyon (benchmark)", "webhookUrl", webhook.toString(),
                    "subscription", Map.of("eventTypes", List.of(PHASE_ADVANCED, SELECTION_PUBLISHED), "scope", "OWN_ACADEMY")));
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
