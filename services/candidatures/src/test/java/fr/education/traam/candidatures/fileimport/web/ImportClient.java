package fr.education.traam.candidatures.fileimport.web;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A DAN's browser: uploads a file as multipart form data and follows the import it started. */
final class ImportClient {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Set<String> FINISHED = Set.of("ACCEPTED", "REJECTED");

    private final int port;

    ImportClient(int port) {
        this.port = port;
    }

    HttpResponse<String> upload(String authorization, String campaignId, String fileName, byte[] content) throws Exception {
        String boundary = "traam-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/candidatures/imports?campaignId=" + campaignId))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request that claims to be multipart and is whatever {@code body} is. */
    HttpResponse<String> rawUpload(String authorization, String campaignId, String boundary, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri("/api/candidatures/imports?campaignId=" + campaignId))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", authorization).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> download(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Uploads, expects 202, and follows the import to its end. */
    JsonNode importFile(String authorization, String campaignId, String fileName, byte[] content) throws Exception {
        HttpResponse<String> accepted = upload(authorization, campaignId, fileName, content);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String location = accepted.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/api/candidatures/imports/" + JSON.readTree(accepted.body()).get("id").asString());
        return awaitFinished(URI.create(location).getPath(), authorization);
    }

    /**
     * Polls the import until it is accepted or rejected. The deadline only keeps a broken build from hanging: it
     * asserts nothing about speed.
     */
    JsonNode awaitFinished(String path, String authorization) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (true) {
            HttpResponse<String> response = get(path, authorization);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode found = JSON.readTree(response.body());
            if (FINISHED.contains(found.get("status").asString())) {
                return found;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("import still " + found.get("status").asString() + ": " + response.body());
            }
            Thread.sleep(50);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
