package fr.education.traam.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** Real HTTP calls to a service under test, as a web client makes them: JSON in, any answer out. */
public final class ApiClient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String base;

    public ApiClient(int port) {
        this.base = "http://localhost:" + port;
    }

    public HttpResponse<String> get(String path, String authorization) {
        return send("GET", path, authorization, null);
    }

    /** {@code authorization} is the whole header value ({@code Bearer …}) or null for an anonymous call. */
    public HttpResponse<String> send(String method, String path, String authorization, String jsonBody) {
        return send(method, path, authorization, jsonBody, Map.of());
    }

    /** As {@link #send(String, String, String, String)}, with more headers ({@code If-Match}, {@code If-None-Match}…). */
    public HttpResponse<String> send(String method, String path, String authorization, String jsonBody, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody))
                .header("Content-Type", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        headers.forEach(request::header);
        return send(request.build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI uri(String path) {
        return URI.create(base + path);
    }
}
