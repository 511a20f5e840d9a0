package fr.education.traam.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HealthProbeTest {

    private final HealthProbe probe = new HealthProbe(Duration.ofSeconds(2));
    private HttpServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void sees_up_in_a_spring_boot_health_document() throws IOException {
        URI url = serve(200, "{\"status\":\"UP\",\"components\":{\"mongo\":{\"status\":\"UP\"}}}");

        assertThat(probe.http(url)).isEqualTo(Health.healthy());
    }

    @Test
    void sees_down_when_the_overall_status_is_down_even_if_a_part_is_up() throws IOException {
        URI url = serve(503, "{\"status\":\"DOWN\",\"components\":{\"ping\":{\"status\":\"UP\"}}}");

        assertThat(probe.http(url)).isEqualTo(Health.unhealthy("DOWN (HTTP 503)"));
    }

    @Test
    void sees_no_status_in_an_unexpected_answer() throws IOException {
        URI url = serve(404, "<html>not found</html>");

        assertThat(probe.http(url)).isEqualTo(Health.unhealthy("no status (HTTP 404)"));
    }

    @Test
    void sees_a_closed_port_as_unreachable() {
        int closed = FreePorts.next();

        assertThat(probe.http(URI.create("http://localhost:" + closed + "/actuator/health")).description())
                .startsWith("unreachable");
        assertThat(probe.tcp("localhost", closed).up()).isFalse();
    }

    @Test
    void sees_a_listening_port_over_tcp() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            assertThat(probe.tcp("localhost", socket.getLocalPort())).isEqualTo(Health.healthy());
        }
    }

    private URI serve(int status, String body) throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/actuator/health", exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return URI.create("http://localhost:" + server.getAddress().getPort() + "/actuator/health");
    }
}
