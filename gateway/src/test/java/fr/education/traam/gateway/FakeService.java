package fr.education.traam.gateway;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on a random loopback port standing in for a TraAM service. It records what it received;
 * {@code /missing} answers a 404 problem, {@code /slow} answers after {@link #SLOW_DELAY_MILLIS}, and
 * {@code /refuses-early} a 400 problem without reading the body.
 */
final class FakeService implements AutoCloseable {

    static final long SLOW_DELAY_MILLIS = 4_000;

    record ReceivedRequest(String method, String pathAndQuery, String authorization, String forwardedHost,
            long bodyBytes, String cookie) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final AtomicReference<ReceivedRequest> last = new AtomicReference<>();
    private final AtomicInteger count = new AtomicInteger();

    private FakeService(HttpServer server) {
        this.server = server;
    }

    static FakeService start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            FakeService service = new FakeService(server);
            server.createContext("/", service::handle);
            server.setExecutor(service.executor);
            server.start();
            return service;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    ReceivedRequest lastRequest() {
        return last.get();
    }

    int requestCount() {
        return count.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        count.incrementAndGet();
        if (path.endsWith("/refuses-early")) {
            // As a service that refuses a request before reading its body (a path it cannot decode, a 401).
            reply(exchange, 400, "application/problem+json",
                    "{\"type\":\"https://traam.education.fr/problems/invalid-request\",\"title\":\"Refused early\",\"status\":400,\"detail\":\"refused before its body was read\"}");
            return;
        }
        // Counted, not kept: an upload test streams hundreds of megabytes through here.
        long bodyBytes = exchange.getRequestBody().transferTo(OutputStream.nullOutputStream());
        last.set(new ReceivedRequest(exchange.getRequestMethod(), query == null ? path : path + "?" + query,
                exchange.getRequestHeaders().getFirst("Authorization"), exchange.getRequestHeaders().getFirst("X-Forwarded-Host"),
                bodyBytes, exchange.getRequestHeaders().getFirst("Cookie")));
        if (path.endsWith("/slow")) {
            try {
                Thread.sleep(SLOW_DELAY_MILLIS);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (path.endsWith("/missing")) {
            reply(exchange, 404, "application/problem+json",
                    "{\"type\":\"https://traam.education.fr/problems/campaign-not-found\",\"title\":\"Campaign not found\",\"status\":404}");
        }
        else {
            reply(exchange, 200, "application/json", "{\"service\":\"campaigns\"}");
        }
    }

    private static void reply(HttpExchange exchange, int status, String contentType, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        // One connection per request: a request the gateway sent on a kept-alive connection to this JDK 17 server
        // once stalled until the response timeout (1 run in 6); not reusing connections keeps the tests steady.
        exchange.getResponseHeaders().set("Connection", "close");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
