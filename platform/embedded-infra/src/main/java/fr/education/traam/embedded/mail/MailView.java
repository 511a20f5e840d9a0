package fr.education.traam.embedded.mail;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the {@link MailCatcher} received, read-only, over HTTP: {@code GET /messages} (JSON list), {@code GET
 * /messages/{id}} (one delivery with its text and HTML parts), {@code GET /} (an HTML page for a person) and {@code
 * GET /health}. The JDK's own HTTP server, so that the launcher stays free of a web framework; JSON is written by
 * hand for the same reason. Anything else is an RFC 9457 problem.
 */
final class MailView implements AutoCloseable {

    private static final Pattern MESSAGE = Pattern.compile("/messages/([^/]+)");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");

    private final MailCatcher catcher;
    private final HttpServer server;
    private final ExecutorService executor;
    private final URI url;

    private MailView(MailCatcher catcher, HttpServer server, ExecutorService executor, String host) {
        this.catcher = catcher;
        this.server = server;
        this.executor = executor;
        this.url = URI.create("http://" + host + ":" + server.getAddress().getPort());
    }

    static MailView start(MailCatcher catcher, String host, int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
            ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
                Thread thread = new Thread(runnable, "traam-mail-view");
                thread.setDaemon(true);
                return thread;
            });
            server.setExecutor(executor);
            MailView view = new MailView(catcher, server, executor, host);
            server.createContext("/", view::handle);
            server.start();
            return view;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve the mail view on " + host + ":" + port, e);
        }
    }

    URI url() {
        return url;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "GET");
                problem(exchange, 405, "Method not allowed", "the mail view is read-only: GET only");
                return;
            }
            Matcher message = MESSAGE.matcher(path);
            if (path.equals("/messages")) {
                send(exchange, 200, "application/json", catcher.deliveries().stream().map(MailView::summary)
                        .collect(Collectors.joining(",", "[", "]")));
            } else if (message.matches()) {
                String id = message.group(1);
                Optional<MailCatcher.Delivery> delivery = DIGITS.matcher(id).matches()
                        ? catcher.delivery(Long.parseLong(id)) : Optional.empty();
                if (delivery.isPresent()) {
                    send(exchange, 200, "application/json", detail(delivery.get()));
                } else {
                    problem(exchange, 404, "No such message", "no message has the id " + id);
                }
            } else if (path.equals("/")) {
                send(exchange, 200, "text/html", page(catcher.deliveries()));
            } else if (path.equals("/health")) {
                boolean up = catcher.running();
                send(exchange, up ? 200 : 503, "application/json",
                        "{\"status\":\"" + (up ? "UP" : "DOWN") + "\",\"smtp\":" + string(catcher.smtpAddress()) + "}");
            } else {
                problem(exchange, 404, "Not found", "the mail view serves /, /messages and /messages/{id}");
            }
        }
    }

    private static String summary(MailCatcher.Delivery delivery) {
        return "{" + fields(delivery) + "}";
    }

    private static String detail(MailCatcher.Delivery delivery) {
        return "{" + fields(delivery)
                + ",\"text\":" + delivery.text().map(MailView::string).orElse("null")
                + ",\"html\":" + delivery.html().map(MailView::string).orElse("null") + "}";
    }

    private static String fields(MailCatcher.Delivery delivery) {
        return "\"id\":" + delivery.id()
                + ",\"mailbox\":" + string(delivery.mailbox())
                + ",\"from\":" + string(delivery.from())
                + ",\"to\":" + delivery.to().stream().map(MailView::string).collect(Collectors.joining(",", "[", "]"))
                + ",\"subject\":" + string(delivery.subject())
                + ",\"receivedAt\":" + string(delivery.receivedAt().toString());
    }

    private static String page(List<MailCatcher.Delivery> deliveries) {
        StringBuilder rows = new StringBuilder();
        for (MailCatcher.Delivery delivery : deliveries) {
            rows.append("<tr><td>").append(escape(delivery.receivedAt().toString()))
                    .append("</td><td>").append(escape(delivery.mailbox()))
                    .append("</td><td>").append(escape(delivery.from()))
                    .append("</td><td><a href=\"/messages/").append(delivery.id()).append("\">")
                    .append(escape(delivery.subject().isEmpty() ? "(sans objet)" : delivery.subject()))
                    .append("</a></td></tr>\n");
        }
        return "<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>TraAM : courriels reçus</title>"
                + "</head><body><h1>Courriels reçus par le serveur SMTP local</h1>"
                + "<p>" + deliveries.size() + " message(s), en mémoire seulement : ils disparaissent à l'arrêt de la "
                + "plateforme. JSON : <a href=\"/messages\">/messages</a>.</p>"
                + "<table><thead><tr><th>Reçu le</th><th>Boîte</th><th>De</th><th>Objet</th></tr></thead><tbody>\n"
                + rows + "</tbody></table></body></html>\n";
    }

    private static void problem(HttpExchange exchange, int status, String title, String detail) throws IOException {
        send(exchange, status, "application/problem+json", "{\"type\":\"about:blank\",\"title\":" + string(title)
                + ",\"status\":" + status + ",\"detail\":" + string(detail) + "}");
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + ";charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** A JSON string literal. */
    static String string(String value) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
