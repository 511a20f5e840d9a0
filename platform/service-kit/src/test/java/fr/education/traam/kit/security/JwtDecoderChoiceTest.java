package fr.education.traam.kit.security;

import fr.education.traam.embedded.identity.SigningKeys;
import fr.education.traam.embedded.identity.TokenMinter;
import fr.education.traam.embedded.identity.TokenMinter.TokenRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Which keys a service trusts is decided at start: a service that could verify no token does not start, and says
 * which two settings it lacks; an empty JWK set URI (what {@code ${TRAAM_JWK_SET_URI:}} gives) counts as none.
 */
class JwtDecoderChoiceTest {

    private final ApplicationContextRunner service = new ApplicationContextRunner()
            .withUserConfiguration(DecoderOnly.class);

    @Test
    void without_a_jwk_set_nor_a_public_key_the_service_does_not_start_and_says_why() {
        service.withPropertyValues("traam.security.jwt.jwk-set-uri=", "traam.security.jwt.issuer=http://localhost:9000")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause()
                            .isInstanceOf(IllegalStateException.class)
                            .hasMessageContaining("traam.security.jwt.jwk-set-uri (TRAAM_JWK_SET_URI)")
                            .hasMessageContaining("traam.security.jwt.public-key-location");
                });
    }

    @Test
    void without_any_traam_security_jwt_setting_the_service_does_not_start_either() {
        service.run(context -> assertThat(context.getStartupFailure()).rootCause()
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no token could be verified"));
    }

    @Test
    void a_jwk_set_uri_needs_no_public_key_and_is_not_fetched_at_start() {
        // Nothing listens on port 9 (discard): a decoder that fetched the set at start would fail here.
        service.withPropertyValues("traam.security.jwt.jwk-set-uri=http://127.0.0.1:9/oauth2/jwks")
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(JwtDecoder.class));
    }

    @Test
    void the_issuer_defaults_to_the_local_identity_provider() {
        assertThat(TraamSecurityProperties.Jwt.DEFAULT_ISSUER).isEqualTo("http://localhost:9000");
        service.withPropertyValues("traam.security.jwt.jwk-set-uri=http://127.0.0.1:9/oauth2/jwks")
                .run(context -> assertThat(context.getBean(TraamSecurityProperties.class).jwt().issuer())
                        .isEqualTo("http://localhost:9000"));
    }

    @Test
    void an_empty_jwk_set_uri_falls_back_to_the_public_key_file(@TempDir Path keys) {
        SigningKeys pair = SigningKeys.loadOrCreate(keys);
        String token = new TokenMinter(pair, TokenMinter.LOCAL_ISSUER, Clock.systemUTC())
                .mint(new TokenRequest("operateur", List.of("OPERATOR"), null, Duration.ofMinutes(5)));

        service.withPropertyValues("traam.security.jwt.jwk-set-uri=",
                        "traam.security.jwt.public-key-location=file:" + keys.resolve(SigningKeys.PUBLIC_KEY_FILE))
                .run(context -> assertThat(context.getBean(JwtDecoder.class).decode(token).getSubject())
                        .isEqualTo("operateur"));
    }

    @Test
    void a_token_expired_within_the_clock_skew_still_counts_and_one_past_it_does_not(@TempDir Path keys) {
        SigningKeys pair = SigningKeys.loadOrCreate(keys);
        // Minted 40 s ago for 10 s: expired 30 s ago, inside the default 60 s skew, outside a 2 s one.
        String expiredHalfAMinuteAgo = new TokenMinter(pair, TokenMinter.LOCAL_ISSUER,
                Clock.offset(Clock.systemUTC(), Duration.ofSeconds(-40)))
                .mint(new TokenRequest("operateur", List.of("OPERATOR"), null, Duration.ofSeconds(10)));
        String keyFile = "traam.security.jwt.public-key-location=file:" + keys.resolve(SigningKeys.PUBLIC_KEY_FILE);

        service.withPropertyValues(keyFile)
                .run(context -> assertThat(context.getBean(JwtDecoder.class).decode(expiredHalfAMinuteAgo).getSubject())
                        .isEqualTo("operateur"));
        service.withPropertyValues(keyFile, "traam.security.jwt.clock-skew=2s")
                .run(context -> assertThatThrownBy(() -> context.getBean(JwtDecoder.class).decode(expiredHalfAMinuteAgo))
                        .isInstanceOf(JwtValidationException.class).hasMessageContaining("expired"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(TraamSecurityProperties.class)
    static class DecoderOnly {

        @Bean
        JwtDecoder jwtDecoder(TraamSecurityProperties properties) {
            return TraamSecurityConfiguration.decoderFor(properties.jwt());
        }
    }
}
