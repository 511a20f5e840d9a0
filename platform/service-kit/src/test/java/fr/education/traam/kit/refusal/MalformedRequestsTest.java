package fr.education.traam.kit.refusal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.traam.kit.KitTestApplication;
import fr.education.traam.testkit.TestInfrastructure;
import fr.education.traam.testkit.TraamInfrastructure;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests refused before Spring MVC sees them — by Tomcat (NUL, an encoded {@code /}, a malformed percent-encoding in
 * the path), by Spring Security's firewall (an encoded {@code ..}, CR LF) or while Tomcat decodes the query — are
 * {@code 400} problems like every other refusal, not an HTML page, Boot's error JSON or a 500. Sent over a plain socket:
 * an HTTP client refuses to send such addresses.
 */
@SpringBootTest(classes = {KitTestApplication.class, RefusalsTest.Endpoints.class}, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TraamInfrastructure
class MalformedRequestsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "GET {0} is a 400 problem")
    @ValueSource(strings = {
            "/kit-test/refusals/a%00b",
            "/kit-test/refusals/a%2Fb",
            "/kit-test/refusals/%zz",
            "/kit-test/refusals/a%0D%0Ab",
            "/kit-test/refusals/%2E%2E",
            "/kit-test/ledgers?name=%zz"})
    void a_malformed_address_is_a_400_problem(String target) throws IOException {
        String answer = sent("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nAuthorization: "
                + TestInfrastructure.tokens().bearer("OPERATOR") + "\r\n\r\n");
        String head = answer.substring(0, answer.indexOf("\r\n\r\n"));
        String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);

        assertThat(head).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: application/problem+json");
        JsonNode problem = JSON.readTree(body.trim().startsWith("{") ? body : dechunked(body));
        assertThat(problem.get("type").asString()).endsWith("/unreadable-request");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
    }

    private String sent(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The one chunk of a chunked body: its size line, then the chunk. */
    private static String dechunked(String body) {
        int lineEnd = body.indexOf("\r\n");
        int size = Integer.parseInt(body.substring(0, lineEnd).trim(), 16);
        return body.substring(lineEnd + 2, lineEnd + 2 + size);
    }
}
