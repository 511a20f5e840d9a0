package fr.education.traam.journey;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands for an académie's website in the journey: an HTTP server on loopback that records every request it
 * receives and answers 204, and that can be stopped and started again on the same port, as a site that goes down
 * for a while.
 *
 * <p>The journey registers {@link #url()} as an académie's webhook (the components' {@code local} profile allows
 * loopback), checks each recorded request's Standard Webhooks signature with the secret shown at registration, stops
 * the receiver, publishes more, starts it again, and checks that every delivery arrived once.
 */
final class LoopbackReceiver implements AutoCloseable {

    /**
     * One request as the site received it.
     *
     * @param method  HTTP method
     * @param path    request path
     * @param headers header names in lower case, each with its values
     * @param body    raw body, as the signature covers it
     */
    record Received(String method, String path, Map<String, List<String>> headers, byte[] body) {

        Received {
            headers = Map.copyOf(headers);
            body = body.clone();
        }

        /** The first value of {@code name} (any case), or {@code null}. */
        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        @Override
        public byte[] body() {
            return body.clone();
        }
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private int port;
    private HttpServer server;

    private LoopbackReceiver() {
    }

    /** Starts a receiver on a free loopback port, which it keeps across {@link #stop()} and {@link #restart()}. */
    static LoopbackReceiver start() {
        LoopbackReceiver receiver = new LoopbackReceiver();
        receiver.listen(0);
        return receiver;
    }

    /** Where the site listens, e.g. {@code http://127.0.0.1:41234/webhooks}. */
    synchronized URI url() {
        return URI.create("http://127.0.0.1:" + port + "/webhooks");
    }

    /** Every request received so far, in arrival order, across stops and starts. */
    List<Received> received() {
        return List.copyOf(received);
    }

    /** The site goes down: connections to its port are refused until {@link #restart()}. */
    synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** The site comes back on the same port. */
    synchronized void restart() {
        if (server == null) {
            listen(port);
        }
    }

    @Override
    public void close() {
        stop();
    }

    private synchronized void listen(int onPort) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on loopback port " + onPort, e);
        }
        port = server.getAddress().getPort();
        server.createContext("/", this::record);
        server.start();
    }

    private void record(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            Map<String, List<String>> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) ->
                    headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers,
                    in.readAllBytes()));
            exchange.sendResponseHeaders(204, -1);
        }
    }
}
