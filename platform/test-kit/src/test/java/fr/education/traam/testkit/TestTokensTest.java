package fr.education.traam.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestTokensTest {

    private final TestTokens tokens = TestInfrastructure.tokens();

    @Test
    void a_bearer_token_verifies_with_the_published_key_and_carries_role_and_academy() throws Exception {
        SignedJWT jwt = parse(tokens.bearer("DAN", "25"));

        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(jwt.verify(new RSASSAVerifier(publishedKey()))).isTrue();
        assertThat(claims.getIssuer()).isEqualTo("http://localhost:9000");
        assertThat(claims.getSubject()).isEqualTo("test-dan");
        assertThat(claims.getStringListClaim("roles")).containsExactly("DAN");
        assertThat(claims.getStringClaim("academy")).isEqualTo("25");
        assertThat(claims.getExpirationTime()).isAfter(new Date());
    }

    @Test
    void a_token_with_several_roles_names_its_subject() throws Exception {
        JWTClaimsSet claims = parse(tokens.bearerWithRoles(List.of("TEACHER", "CARDIE"), "06", "alice"))
                .getJWTClaimsSet();

        assertThat(claims.getSubject()).isEqualTo("alice");
        assertThat(claims.getStringListClaim("roles")).containsExactly("TEACHER", "CARDIE");
    }

    @Test
    void an_expired_token_is_well_signed_but_past_its_expiry() throws Exception {
        SignedJWT jwt = parse(tokens.expired("EDITOR"));

        assertThat(jwt.verify(new RSASSAVerifier(publishedKey()))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getExpirationTime()).isBefore(new Date(System.currentTimeMillis() - 60_000));
    }

    @Test
    void a_strangers_token_does_not_verify_with_the_published_key() throws Exception {
        SignedJWT jwt = parse(tokens.signedByAStranger("OPERATOR"));

        assertThat(jwt.verify(new RSASSAVerifier(publishedKey()))).isFalse();
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("OPERATOR");
    }

    private static SignedJWT parse(String header) throws Exception {
        assertThat(header).startsWith("Bearer ");
        return SignedJWT.parse(header.substring("Bearer ".length()));
    }

    private RSAPublicKey publishedKey() throws Exception {
        String pem = Files.readString(Path.of(URI.create(tokens.publicKeyLocation())));
        String body = pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "");
        return (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getMimeDecoder().decode(body)));
    }
}
