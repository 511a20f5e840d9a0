package fr.education.traam.local;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Asks a component its health over HTTP, or a plain server (Kafka, MongoDB) whether it accepts connections. */
final class HealthProbe {

    /**
     * Spring Boot writes the overall status first, before any nested component status, so the first match is the
     * one that counts; a regular expression spares the launcher a JSON library.
     */
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([^\"]*)\"");

    private final Duration timeout;
    private final HttpClient client;

    HealthProbe(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    Health http(URI healthUrl) {
        HttpRequest request = HttpRequest.newBuilder(healthUrl)
                .timeout(timeout)
                .header("Accept", "application/json")
                .GET()
                .build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher status = STATUS.matcher(response.body());
            if (!status.find()) {
                return Health.unhealthy("no status (HTTP " + response.statusCode() + ")");
            }
            if (response.statusCode() == 200 && "UP".equals(status.group(1))) {
                return Health.healthy();
            }
            return Health.unhealthy(status.group(1) + " (HTTP " + response.statusCode() + ")");
        } catch (ConnectException e) {
            return Health.unhealthy("unreachable (connection refused)");
        } catch (HttpTimeoutException e) {
            return Health.unhealthy("unreachable (no answer in " + timeout.toMillis() + " ms)");
        } catch (IOException e) {
            return Health.unhealthy("unreachable (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.unhealthy("interrupted");
        }
    }

    Health tcp(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            return Health.healthy();
        } catch (ConnectException e) {
            return Health.unhealthy("unreachable (connection refused)");
        } catch (IOException e) {
            return Health.unhealthy("unreachable (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
        }
    }
}
