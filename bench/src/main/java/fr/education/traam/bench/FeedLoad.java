package fr.education.traam.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.IntStream;

/**
 * A public GET at fixed concurrency: {@code concurrency} clients, each sending its next request as soon as the last
 * one answered, until {@code requests} are done. Closed loop on purpose: it measures what one address costs, not how
 * a queue grows.
 */
final class FeedLoad {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient client;

    FeedLoad() {
        // HTTP/1.1 with keep-alive, as a feed reader or a browser talks to the platform.
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
    }

    /** Sends a few requests first so that both addresses have warm connections and code paths before the timed run. */
    void warmUp(URI uri, int requests) {
        for (int i = 0; i < requests; i++) {
            send(uri);
        }
    }

    LoadResult run(String target, URI uri, int concurrency, int requests) {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        Map<String, Integer> errorsByStatus = new ConcurrentHashMap<>();
        AtomicLongArray latencies = new AtomicLongArray(requests);
        AtomicInteger answered = new AtomicInteger();
        long started = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(concurrency);
        try {
            var all = IntStream.range(0, concurrency).mapToObj(i -> clients.submit(() -> {
                while (next.getAndIncrement() < requests) {
                    long sent = System.nanoTime();
                    int status = send(uri);
                    if (status == 200) {
                        latencies.set(answered.getAndIncrement(), System.nanoTime() - sent);
                    } else {
                        errors.incrementAndGet();
                        errorsByStatus.merge(status < 0 ? "none" : Integer.toString(status), 1, Integer::sum);
                    }
                }
            })).toList();
            all.forEach(FeedLoad::join);
        } finally {
            clients.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long[] samples = IntStream.range(0, answered.get()).mapToLong(latencies::get).toArray();
        return new LoadResult(target, concurrency, requests, errors.get(), new TreeMap<>(errorsByStatus), round(seconds),
                round(samples.length / seconds), Latencies.ofNanos(samples));
    }

    /** The answer's status, -1 when none came. */
    private int send(URI uri) {
        try {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return response.statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static void join(Future<?> client) {
        try {
            client.get();
        } catch (Exception e) {
            throw new IllegalStateException("a load client failed", e);
        }
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
