package fr.education.traam.dissemination.site.application;

import fr.education.traam.dissemination.site.AcademicSite;
import fr.education.traam.dissemination.site.AcademicSites;
import fr.education.traam.dissemination.site.Deliveries;
import fr.education.traam.dissemination.site.Delivery;
import fr.education.traam.dissemination.site.DeliveryAttempt;
import fr.education.traam.dissemination.site.RetryAfter;
import fr.education.traam.dissemination.site.RetrySchedule;
import fr.education.traam.dissemination.site.WebhookSignature;
import fr.education.traam.dissemination.site.Webhooks;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends due deliveries. One poller thread claims them (a lease in MongoDB, so two instances never send the same
 * attempt) and hands each to a bounded pool of senders, but only when the site's Resilience4j bulkhead has a free
 * place and its circuit breaker lets calls through: a site that hangs holds at most its bulkhead's few threads, a
 * dead site's circuit opens, and in both cases the poller skips that site's deliveries and goes on with the others.
 * A delivery skipped this way is not an attempt; it stays due.
 */
@Service
public class SendingDeliveries implements SmartLifecycle {

    static final String SITE_CONFIG = "academic-site";
    private static final Logger log = LoggerFactory.getLogger(SendingDeliveries.class);

    private final Deliveries deliveries;
    private final AcademicSites sites;
    private final Webhooks webhooks;
    private final WebhookAddresses addresses;
    private final CircuitBreakerRegistry breakers;
    private final BulkheadRegistry bulkheads;
    private final SitesProperties properties;
    private final RetrySchedule schedule;
    private final Clock clock;
    private volatile ScheduledExecutorService poller;
    private volatile ThreadPoolExecutor senders;

    public SendingDeliveries(Deliveries deliveries, AcademicSites sites, Webhooks webhooks, WebhookAddresses addresses,
                             CircuitBreakerRegistry breakers, BulkheadRegistry bulkheads, SitesProperties properties, Clock clock) {
        this.deliveries = deliveries;
        this.sites = sites;
        this.webhooks = webhooks;
        this.addresses = addresses;
        this.breakers = breakers;
        this.bulkheads = bulkheads;
        this.properties = properties;
        this.schedule = properties.schedule();
        this.clock = clock;
    }

    /** Looks for due deliveries now rather than at the next poll: called right after new ones are stored. */
    public void wake() {
        ScheduledExecutorService current = poller;
        if (current != null) {
            try {
                current.execute(this::poll);
            } catch (RejectedExecutionException stopping) {
                // The service is stopping; the deliveries are stored and the next start sends them.
            }
        }
    }

    void poll() {
        try {
            Set<String> skipped = new HashSet<>();
            while (senders != null && !senders.isShutdown()) {
                Instant now = clock.instant();
                skipped.addAll(unavailableSites());
                Optional<Delivery> claimed = deliveries.claimDue(now, now.plus(properties.lease()), skipped);
                if (claimed.isEmpty()) {
                    return;
                }
                Delivery delivery = claimed.get();
                Bulkhead bulkhead = bulkheadOf(delivery.siteId());
                CircuitBreaker breaker = breakerOf(delivery.siteId());
                if (!bulkhead.tryAcquirePermission()) {
                    skipped.add(delivery.siteId());
                    deliveries.release(delivery.id());
                    continue;
                }
                if (!breaker.tryAcquirePermission()) {
                    bulkhead.onComplete();
                    skipped.add(delivery.siteId());
                    deliveries.release(delivery.id());
                    continue;
                }
                try {
                    senders.execute(() -> send(delivery, breaker, bulkhead));
                } catch (RejectedExecutionException allBusy) {
                    breaker.releasePermission();
                    bulkhead.onComplete();
                    deliveries.release(delivery.id());
                    return;
                }
            }
        } catch (RuntimeException e) {
            // MongoDB unreachable, say: the next poll tries again, and nothing claimed is lost (leases expire).
            log.warn("polling due deliveries failed: {}", e.toString());
        }
    }

    /** Sites whose bulkhead is full or whose circuit is open: their deliveries wait, the others' go on. */
    private Set<String> unavailableSites() {
        Set<String> unavailable = new HashSet<>();
        bulkheads.getAllBulkheads().forEach(bulkhead -> {
            if (bulkhead.getMetrics().getAvailableConcurrentCalls() == 0) {
                unavailable.add(siteOf(bulkhead.getName()));
            }
        });
        breakers.getAllCircuitBreakers().forEach(breaker -> {
            if (breaker.getState() == CircuitBreaker.State.OPEN || breaker.getState() == CircuitBreaker.State.FORCED_OPEN) {
                unavailable.add(siteOf(breaker.getName()));
            }
        });
        return unavailable;
    }

    private void send(Delivery delivery, CircuitBreaker breaker, Bulkhead bulkhead) {
        try {
            Optional<AcademicSite> site = sites.find(delivery.siteId()).filter(AcademicSite::active);
            if (site.isEmpty()) {
                breaker.releasePermission();
                deliveries.record(delivery.abandoned(clock.instant(), "the site was disabled or removed"));
                return;
            }
            attempt(site.get(), delivery, breaker);
        } catch (RuntimeException e) {
            log.warn("delivery {} to site {} could not be recorded; it is due again when its lease ends: {}", delivery.id(),
                    delivery.siteId(), e.toString());
        } finally {
            bulkhead.onComplete();
        }
    }

    private void attempt(AcademicSite site, Delivery delivery, CircuitBreaker breaker) {
        Instant start = clock.instant();
        long timestamp = start.getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", StructuredCloudEvent.CONTENT_TYPE);
        headers.put("webhook-id", delivery.webhookId());
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", WebhookSignature.sign(site.secret(), delivery.webhookId(), timestamp, delivery.body()));
        DeliveryAttempt attempt;
        Duration retryAfter = null;
        long began = System.nanoTime();
        Optional<String> refusal = addresses.refusal(site.webhookUrl());
        if (refusal.isPresent()) {
            attempt = DeliveryAttempt.unanswered(start, refusal.get(), Duration.ZERO);
            breaker.releasePermission();
        } else {
            try {
                Webhooks.Answer answer = webhooks.post(site.webhookUrl(), headers, delivery.body(), properties.timeout());
                Duration took = Duration.ofNanos(System.nanoTime() - began);
                attempt = DeliveryAttempt.answered(start, answer.status(), took);
                retryAfter = RetryAfter.parse(answer.retryAfter(), clock.instant()).orElse(null);
                if (attempt.succeeded()) {
                    breaker.onSuccess(took.toNanos(), TimeUnit.NANOSECONDS);
                } else {
                    breaker.onError(took.toNanos(), TimeUnit.NANOSECONDS, new IOException("HTTP " + answer.status()));
                }
            } catch (IOException e) {
                Duration took = Duration.ofNanos(System.nanoTime() - began);
                attempt = DeliveryAttempt.unanswered(start, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), took);
                breaker.onError(took.toNanos(), TimeUnit.NANOSECONDS, e);
            }
        }
        Delivery next = delivery.after(attempt, schedule, retryAfter, ThreadLocalRandom.current().nextDouble());
        deliveries.record(next);
        log.debug("delivery {} to site {}: {} -> {}", delivery.id(), site.id(), attempt.status(), next.status());
        if (attempt.gone()) {
            disable(site.id(), "its webhook answered 410 Gone at " + attempt.at());
        }
    }

    private void disable(String siteId, String reason) {
        for (int tries = 0; tries < 3; tries++) {
            Optional<AcademicSite> site = sites.find(siteId);
            if (site.isEmpty() || !site.get().active()) {
                return;
            }
            try {
                sites.save(site.get().disabled(reason));
                log.info("site {} disabled: {}", siteId, reason);
                return;
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                // Its secret was rotated at the same moment: read it again and disable that.
            }
        }
    }

    private Bulkhead bulkheadOf(String siteId) {
        return bulkheads.bulkhead("site-" + siteId, SITE_CONFIG);
    }

    private CircuitBreaker breakerOf(String siteId) {
        return breakers.circuitBreaker("site-" + siteId, SITE_CONFIG);
    }

    private static String siteOf(String instanceName) {
        return instanceName.startsWith("site-") ? instanceName.substring("site-".length()) : instanceName;
    }

    @Override
    public void start() {
        AtomicInteger number = new AtomicInteger();
        senders = new ThreadPoolExecutor(properties.senders(), properties.senders(), 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(properties.senders()), runnable -> {
            Thread thread = new Thread(runnable, "webhook-sender-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "webhook-poller");
            thread.setDaemon(true);
            return thread;
        });
        long every = properties.pollInterval().toMillis();
        poller.scheduleWithFixedDelay(this::poll, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService stoppingPoller = poller;
        ThreadPoolExecutor stoppingSenders = senders;
        poller = null;
        if (stoppingPoller != null) {
            stoppingPoller.shutdownNow();
        }
        if (stoppingSenders != null) {
            // An attempt cut short keeps its lease and is due again when it ends: at least once, never lost.
            stoppingSenders.shutdownNow();
        }
        senders = null;
    }

    @Override
    public boolean isRunning() {
        return poller != null;
    }
}
