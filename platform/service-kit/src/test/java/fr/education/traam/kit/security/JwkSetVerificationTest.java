package fr.education.traam.kit.security;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import fr.education.traam.embedded.identity.SigningKeys;
import fr.education.traam.embedded.identity.TokenMinter;
import fr.education.traam.embedded.identity.TokenMinter.TokenRequest;
import fr.education.traam.kit.KitTestApplication;
import fr.education.traam.testkit.ApiClient;
import fr.education.traam.testkit.TestInfrastructure;
import fr.education.traam.testkit.TraamInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static fr.education.traam.testkit.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service verifies tokens against the identity provider's JWK set, fetched over real HTTP: a loopback server
 * serves the standard document ({@code {"keys": [...]}}) that the provider publishes at {@code /oauth2/jwks}, for a
 * key of its own. That key is not the one {@code @TraamInfrastructure} names in {@code public-key-location}, so a
 * token the service accepts proves the JWK set was used, and a test token signed with the file's key being refused
 * proves the JWK set wins over the file.
 */
@SpringBootTest(classes = {KitTestApplication.class, JwkSetVerificationTest.WhoAmI.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TraamInfrastructure
class JwkSetVerificationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SigningKeys PROVIDER_KEY = SigningKeys.generate();
    private static final IdentityProviderKeys PROVIDER = new IdentityProviderKeys(PROVIDER_KEY);

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void pointAtTheProvider(DynamicPropertyRegistry registry) {
        registry.add("traam.security.jwt.jwk-set-uri", PROVIDER::jwkSetUri);
    }

    @AfterAll
    static void stopTheProvider() {
        PROVIDER.close();
    }

    @Test
    void a_token_of_the_provider_with_its_kid_and_issuer_is_accepted() {
        String token = new TokenMinter(PROVIDER_KEY, TokenMinter.LOCAL_ISSUER, Clock.systemUTC())
                .mint(new TokenRequest("dan-lyon", List.of("DAN"), "10", Duration.ofMinutes(5)));

        HttpResponse<String> answer = whoAmI("Bearer " + token);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode caller = JSON.readTree(answer.body());
        assertThat(caller.get("subject").asString()).isEqualTo("dan-lyon");
        assertThat(caller.get("academy").asString()).isEqualTo("10");
        assertThat(PROVIDER.requests()).as("the key came from the JWK set over HTTP").isPositive();
    }

    @Test
    void a_token_of_another_issuer_is_refused_even_signed_with_the_provider_s_key() {
        String token = new TokenMinter(PROVIDER_KEY, "https://idp.elsewhere.example", Clock.systemUTC())
                .mint(new TokenRequest("dan-lyon", List.of("DAN"), "10", Duration.ofMinutes(5)));

        assertProblem(whoAmI("Bearer " + token), 401, "unauthorized");
    }

    @Test
    void a_token_signed_by_a_key_the_set_does_not_hold_is_refused() {
        SigningKeys stranger = SigningKeys.generate();
        String token = new TokenMinter(stranger, TokenMinter.LOCAL_ISSUER, Clock.systemUTC())
                .mint(new TokenRequest("forger", List.of("OPERATOR"), null, Duration.ofMinutes(5)));

        assertProblem(whoAmI("Bearer " + token), 401, "unauthorized");
    }

    @Test
    void a_token_naming_the_provider_s_kid_but_signed_by_another_key_is_refused() {
        String token = signed(SigningKeys.generate(), PROVIDER_KEY.keyId(), "at+jwt");

        assertProblem(whoAmI("Bearer " + token), 401, "unauthorized");
    }

    @Test
    void a_token_signed_with_the_public_key_file_s_key_is_refused_once_a_jwk_set_is_named() {
        assertProblem(whoAmI(TestInfrastructure.tokens().bearer("OPERATOR")), 401, "unauthorized");
    }

    @Test
    void a_key_the_provider_publishes_after_start_is_fetched_when_a_token_names_it() {
        SigningKeys rotated = SigningKeys.generate();
        assertThat(whoAmI("Bearer " + minted(PROVIDER_KEY)).statusCode()).as("the set is cached").isEqualTo(200);
        assertProblem(whoAmI("Bearer " + minted(rotated)), 401, "unauthorized");
        int fetched = PROVIDER.requests();
        try {
            PROVIDER.publish(PROVIDER_KEY, rotated);

            HttpResponse<String> answer = whoAmI("Bearer " + minted(rotated));

            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            assertThat(PROVIDER.requests()).as("fetched again for the kid it did not hold").isGreaterThan(fetched);
        } finally {
            PROVIDER.publish(PROVIDER_KEY);
        }
    }

    @Test
    void a_token_without_kid_is_verified_against_the_set_s_only_key() {
        // A kid picks a key; it vouches for nothing. Without one, the signature must still verify with a key of the
        // set, so a provider that omits it (RFC 7515 makes it optional) is not refused for that alone.
        HttpResponse<String> accepted = whoAmI("Bearer " + signed(PROVIDER_KEY, null, "at+jwt"));
        HttpResponse<String> forged = whoAmI("Bearer " + signed(SigningKeys.generate(), null, "at+jwt"));

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(JSON.readTree(accepted.body()).get("subject").asString()).isEqualTo("no-kid");
        assertProblem(forged, 401, "unauthorized");
    }

    @Test
    void a_token_of_the_provider_whose_header_does_not_say_at_jwt_is_refused_as_an_id_token_would_be() {
        // Signed by the published key, of the right issuer, unexpired: only its typ tells it from an access token.
        assertProblem(whoAmI("Bearer " + signed(PROVIDER_KEY, PROVIDER_KEY.keyId(), "JWT")), 401, "unauthorized");
        assertProblem(whoAmI("Bearer " + signed(PROVIDER_KEY, PROVIDER_KEY.keyId(), null)), 401, "unauthorized");
        for (String type : List.of("at+jwt", "application/at+jwt", "AT+JWT")) {
            HttpResponse<String> answer = whoAmI("Bearer " + signed(PROVIDER_KEY, PROVIDER_KEY.keyId(), type));
            assertThat(answer.statusCode()).as(type + ": " + answer.body()).isEqualTo(200);
        }
    }

    private static String minted(SigningKeys keys) {
        return new TokenMinter(keys, TokenMinter.LOCAL_ISSUER, Clock.systemUTC())
                .mint(new TokenRequest("dan-lyon", List.of("DAN"), "10", Duration.ofMinutes(5)));
    }

    private HttpResponse<String> whoAmI(String authorization) {
        return new ApiClient(port).get("/kit-test/who-am-i", authorization);
    }

    /**
     * A token of the provider's issuer signed with {@code keys}, naming {@code keyId} (or no key when null), whose
     * header's {@code typ} is {@code type} (none when null).
     */
    private static String signed(SigningKeys keys, String keyId, String type) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(TokenMinter.LOCAL_ISSUER)
                .subject("no-kid")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .jwtID(UUID.randomUUID().toString())
                .claim("roles", List.of("OPERATOR"))
                .build();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .type(type == null ? null : new JOSEObjectType(type)).keyID(keyId).build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new RSASSASigner(keys.privateKey()));
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** The identity provider's JWK set endpoint, as it publishes it: the public key under its thumbprint. */
    private static final class IdentityProviderKeys implements AutoCloseable {

        private final HttpServer server;
        private final AtomicInteger requests = new AtomicInteger();
        private final AtomicReference<byte[]> document = new AtomicReference<>();

        IdentityProviderKeys(SigningKeys keys) {
            publish(keys);
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/oauth2/jwks", exchange -> {
                requests.incrementAndGet();
                byte[] keysNow = document.get();
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, keysNow.length);
                try (OutputStream body = exchange.getResponseBody()) {
                    body.write(keysNow);
                }
            });
            server.start();
        }

        /** What the provider publishes from now on: each public key under its thumbprint. */
        void publish(SigningKeys... keys) {
            List<JWK> published = Arrays.stream(keys)
                    .<JWK>map(key -> new RSAKey.Builder(key.publicKey()).keyID(key.keyId()).build())
                    .toList();
            document.set(new JWKSet(published).toString().getBytes(StandardCharsets.UTF_8));
        }

        String jwkSetUri() {
            return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + "/oauth2/jwks";
        }

        int requests() {
            return requests.get();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    @Import(WhoAmI.Controller.class)
    static class WhoAmI {

        @RestController
        static class Controller {

            @GetMapping("/kit-test/who-am-i")
            Map<String, String> whoAmI(Caller caller) {
                return Map.of("subject", caller.subject(), "academy", caller.academyCode().orElse(""));
            }
        }
    }
}
