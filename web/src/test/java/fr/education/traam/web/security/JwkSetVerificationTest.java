package fr.education.traam.web.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpServer;
import fr.education.traam.embedded.identity.TokenMinter;
import fr.education.traam.testkit.ApiClient;
import fr.education.traam.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code traam.security.jwt.jwk-set-uri} set, as {@code ./traam up} sets it to the identity provider's
 * {@code /oauth2/jwks}, web verifies tokens against that JWK set (the key with its RFC 7638 thumbprint as {@code kid},
 * as the contract publishes it) and no public key file is read. The set is served here by the JDK's HTTP server, standing
 * in for the provider, from the test kit's key.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JwkSetVerificationTest {

    private static final AtomicInteger FETCHES = new AtomicInteger();
    private static final HttpServer JWKS = serveJwks();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("traam.security.jwt.jwk-set-uri", () -> "http://127.0.0.1:" + JWKS.getAddress().getPort() + "/oauth2/jwks");
        registry.add("traam.security.jwt.public-key-location", () -> "file:/nonexistent/jwt-public.pem");
        registry.add("traam.security.jwt.issuer", () -> TokenMinter.LOCAL_ISSUER);
    }

    @AfterAll
    static void stop() {
        JWKS.stop(0);
    }

    @Test
    void a_token_signed_by_the_published_key_opens_espace_and_one_signed_by_another_key_does_not() {
        ApiClient http = new ApiClient(port);
        String dan = TestInfrastructure.tokens().bearerOfPerson(List.of("DAN"), "10", "dan-lyon", "dan@ac-lyon.fr");

        HttpResponse<String> page = http.get("/espace", dan);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("dan@ac-lyon.fr").contains("Délégation académique au numérique (DAN)");
        assertThat(FETCHES.get()).as("the JWK set was read").isPositive();

        assertThat(http.get("/espace", TestInfrastructure.tokens().signedByAStranger("DAN")).statusCode()).isEqualTo(302);
    }

    private static HttpServer serveJwks() {
        try (InputStream pem = URI.create(TestInfrastructure.tokens().publicKeyLocation()).toURL().openStream()) {
            RSAPublicKey key = RsaKeyConverters.x509().convert(pem);
            RSAKey jwk = new RSAKey.Builder(key).keyIDFromThumbprint().build();
            byte[] body = new JWKSet(jwk).toString().getBytes(StandardCharsets.UTF_8);
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/oauth2/jwks", exchange -> {
                FETCHES.incrementAndGet();
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return server;
        } catch (IOException | com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
