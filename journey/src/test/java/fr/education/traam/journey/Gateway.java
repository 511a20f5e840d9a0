package fr.education.traam.journey;

import fr.education.traam.testkit.ApiClient;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The platform's single entry, called over real HTTP as a web client calls it: JSON in, any answer out. */
final class Gateway {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ApiClient api;

    Gateway(URI address) {
        this.api = new ApiClient(address.getPort());
    }

    HttpResponse<String> get(String path, String bearer) {
        return api.get(path, bearer);
    }

    HttpResponse<String> post(String path, String bearer, Object body) {
        return api.send("POST", path, bearer, body == null ? null : JSON.writeValueAsString(body));
    }

    HttpResponse<String> put(String path, String bearer, Object body) {
        return api.send("PUT", path, bearer, JSON.writeValueAsString(body));
    }

    /** A change guarded by the version the caller read: {@code If-Match} with the resource's ETag. */
    HttpResponse<String> send(String method, String path, String bearer, Object body, String ifMatch) {
        return api.send(method, path, bearer, body == null ? null : JSON.writeValueAsString(body), Map.of("If-Match", ifMatch));
    }

    /** A {@code multipart/form-data} upload of one file in the field {@code file}, as a browser form sends it. */
    HttpResponse<String> upload(String path, String bearer, String fileName, String contentType, byte[] content) {
        return upload(path, bearer, fileName, contentType, content, Map.of());
    }

    /** The same upload to a resource guarded by the version the caller read ({@code If-Match}). */
    HttpResponse<String> upload(String path, String bearer, String fileName, String contentType, byte[] content,
                                String ifMatch) {
        return upload(path, bearer, fileName, contentType, content, Map.of("If-Match", ifMatch));
    }

    private HttpResponse<String> upload(String path, String bearer, String fileName, String contentType, byte[] content,
                                        Map<String, String> headers) {
        String boundary = "journey-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(api.uri(path))
                .header("Authorization", bearer)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        headers.forEach(request::header);
        return api.send(request.build());
    }

    static JsonNode json(HttpResponse<String> response) {
        return json(response.body());
    }

    static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    /** The path (and query) of an address the platform wrote, e.g. a {@code Location}, to call it through here. */
    static String pathOf(String address) {
        URI uri = URI.create(address);
        return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
    }
}
