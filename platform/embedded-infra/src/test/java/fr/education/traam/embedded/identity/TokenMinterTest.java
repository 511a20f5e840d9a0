package fr.education.traam.embedded.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenMinterTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final SigningKeys KEYS = SigningKeys.generate();

    private final TokenMinter minter =
            new TokenMinter(KEYS, TokenMinter.LOCAL_ISSUER, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void a_minted_token_verifies_with_the_public_key_and_carries_the_claims() throws Exception {
        String token = minter.mint(new TokenMinter.TokenRequest(
                "dan-versailles", List.of("DAN", "TEACHER"), "25", Duration.ofHours(1)));

        SignedJWT jwt = SignedJWT.parse(token);
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(jwt.verify(new RSASSAVerifier(KEYS.publicKey()))).isTrue();
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(claims.getIssuer()).isEqualTo("http://localhost:9000");
        assertThat(jwt.getHeader().getKeyID()).as("the key's id in the provider's JWK set").isEqualTo(KEYS.keyId());
        assertThat(jwt.getHeader().getType()).as("an access token, never mistaken for an ID token (RFC 9068)")
                .hasToString("at+jwt");
        assertThat(claims.getSubject()).isEqualTo("dan-versailles");
        assertThat(claims.getIssueTime()).isEqualTo(Date.from(NOW));
        assertThat(claims.getExpirationTime()).isEqualTo(Date.from(NOW.plus(Duration.ofHours(1))));
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(claims.getStringListClaim("roles")).containsExactly("DAN", "TEACHER");
        assertThat(claims.getStringClaim("academy")).isEqualTo("25");
    }

    @Test
    void a_national_user_token_has_no_academy_claim() throws Exception {
        String token = minter.mint(new TokenMinter.TokenRequest(
                "expert", List.of("DNE_EXPERT"), null, Duration.ofMinutes(5)));

        assertThat(SignedJWT.parse(token).getJWTClaimsSet().getClaims()).doesNotContainKey("academy");
    }

    @Test
    void a_token_signed_by_another_key_does_not_verify() throws Exception {
        String token = new TokenMinter(SigningKeys.generate(), TokenMinter.LOCAL_ISSUER, Clock.systemUTC())
                .mint(new TokenMinter.TokenRequest("stranger", List.of("OPERATOR"), null, Duration.ofMinutes(5)));

        assertThat(SignedJWT.parse(token).verify(new RSASSAVerifier(KEYS.publicKey()))).isFalse();
    }

    @Test
    void a_request_without_subject_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                new TokenMinter.TokenRequest(" ", List.of(), null, Duration.ofMinutes(1)));
    }
}
