package fr.education.traam.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.security.Principal;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/** One bucket per person, whether they come with a bearer token or with their browser's session. */
class ClientKeyResolverTest {

    private final ClientKeyResolver keys = new ClientKeyResolver();

    @Test
    void keys_a_logged_in_browser_by_the_person_as_a_bearer_token_by_its_subject() {
        OAuth2AuthenticationToken session = new OAuth2AuthenticationToken(
                new DefaultOAuth2User(AuthorityUtils.NO_AUTHORITIES, Map.of("sub", "dan-lyon"), "sub"),
                AuthorityUtils.NO_AUTHORITIES, "traam");
        JwtAuthenticationToken bearer = new JwtAuthenticationToken(Jwt.withTokenValue("t").header("alg", "RS256")
                .subject("dan-lyon").issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300)).build());

        assertThat(keys.resolve(from(session)).block()).isEqualTo("sub:dan-lyon");
        assertThat(keys.resolve(from(bearer)).block()).isEqualTo("sub:dan-lyon");
    }

    @Test
    void keys_anyone_else_by_their_address() {
        assertThat(keys.resolve(from(null)).block()).isEqualTo("ip:192.0.2.7");
    }

    private static ServerWebExchange from(Principal principal) {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/")
                .remoteAddress(new InetSocketAddress("192.0.2.7", 50000)));
        return exchange.mutate().principal(principal == null ? Mono.empty() : Mono.just(principal)).build();
    }

}
