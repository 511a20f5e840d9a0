package fr.education.traam.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The académie's website stand-in: it records what it receives, and a stopped site refuses connections. */
class LoopbackReceiverTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void records_each_request_with_its_headers_and_exact_body_across_a_stop_and_a_restart() throws Exception {
        try (LoopbackReceiver site = LoopbackReceiver.start()) {
            assertThat(deliver(site, "first").statusCode()).isEqualTo(204);

            site.stop();
            assertThatThrownBy(() -> deliver(site, "lost")).isInstanceOf(ConnectException.class);
            site.restart();
            assertThat(deliver(site, "second").statusCode()).isEqualTo(204);

            assertThat(site.url().getHost()).isEqualTo("127.0.0.1");
            assertThat(site.received()).extracting(received -> new String(received.body(), StandardCharsets.UTF_8))
                    .containsExactly("{\"n\":\"first\"}", "{\"n\":\"second\"}");
            assertThat(site.received()).allSatisfy(received -> {
                assertThat(received.method()).isEqualTo("POST");
                assertThat(received.path()).isEqualTo("/webhooks");
                assertThat(received.header("Webhook-Id")).startsWith("msg_");
            });
        }
    }

    private HttpResponse<Void> deliver(LoopbackReceiver site, String n) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(site.url())
                        .header("webhook-id", "msg_" + n)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"n\":\"" + n + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
    }
}
