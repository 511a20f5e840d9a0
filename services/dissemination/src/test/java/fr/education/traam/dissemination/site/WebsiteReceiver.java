package fr.education.traam.dissemination.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An académie's website standing on loopback: a real HTTP server (the JDK's) that records every webhook it receives
 * and answers as the test scripts it — a status (and {@code Retry-After}) per request, or hanging until released.
 */
public final class WebsiteReceiver implements AutoCloseable {

    /** One webhook as the site received it: headers (lower-case names), the raw body, when it arrived. */
    public record Received(Map<String, String> headers, String body, Instant at) {

        public String header(String name) {
            return headers.get(name);
        }
    }

    /** What the site answers to one request. */
    public record Answer(int status, String retryAfter) {

        public static Answer ok() {
            return new Answer(204, null);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Answer> scripted = new ConcurrentLinkedQueue<>();
    private final AtomicInteger hanging = new AtomicInteger();
    private volatile Answer otherwise = Answer.ok();
    private volatile CountDownLatch hang;

    public WebsiteReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/webhooks", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks/traam");
    }

    /** The next requests get these answers, in order; the ones after them {@link #otherwise(Answer)}. */
    public WebsiteReceiver answering(Answer... answers) {
        scripted.addAll(List.of(answers));
        return this;
    }

    public WebsiteReceiver otherwise(Answer answer) {
        otherwise = answer;
        return this;
    }

    /** Every request from now on waits, without answering, until {@link #release()}. */
    public WebsiteReceiver hangs() {
        hang = new CountDownLatch(1);
        return this;
    }

    public void release() {
        CountDownLatch current = hang;
        hang = null;
        if (current != null) {
            current.countDown();
        }
    }

    /** How many requests are being held right now. */
    public int hanging() {
        return hanging.get();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> headers = new java.util.TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), values.get(0)));
            received.add(new Received(headers, text, Instant.now()));
            CountDownLatch wait = hang;
            if (wait != null) {
                hanging.incrementAndGet();
                try {
                    wait.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    hanging.decrementAndGet();
                }
            }
            Answer answer = scripted.poll();
            if (answer == null) {
                answer = otherwise;
            }
            if (answer.retryAfter() != null) {
                exchange.getResponseHeaders().add("Retry-After", answer.retryAfter());
            }
            exchange.sendResponseHeaders(answer.status(), -1);
        }
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        threads.shutdownNow();
    }
}
