package fr.education.traam.local;

import com.nimbusds.jwt.SignedJWT;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code ./traam token} signs as the identity provider of the platform it belongs to, the issuer every component checks. */
class TokenCommandTest {

    @TempDir
    Path home;

    @Test
    void signs_as_the_identity_provider_on_the_documented_port() throws Exception {
        SignedJWT token = token(PlatformSettings.defaults(Components.bundled()), "DAN", "--academy", "10");

        assertThat(token.getJWTClaimsSet().getIssuer()).isEqualTo("http://localhost:9000");
        assertThat(token.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("DAN");
        assertThat(token.getHeader().getKeyID()).as("the key's id, as the provider publishes it").isNotBlank();
    }

    @Test
    void signs_as_the_identity_provider_of_a_platform_on_other_ports() throws Exception {
        PlatformSettings settings = PlatformSettings.onFreePorts(Components.bundled());
        String provider = settings.identityUrl().orElseThrow().toString();

        SignedJWT token = token(settings, "EDITOR");

        assertThat(provider).isNotEqualTo("http://localhost:9000");
        assertThat(token.getJWTClaimsSet().getIssuer()).isEqualTo(provider);
    }

    private SignedJWT token(PlatformSettings settings, String... arguments) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        Console console = new Console(print, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        List<String> command = new ArrayList<>(List.of("token"));
        command.addAll(List.of(arguments));

        int exit = new TraamLocal(new Workspace(home, home), settings, console).run(command);

        assertThat(exit).isZero();
        return SignedJWT.parse(out.toString(StandardCharsets.UTF_8).strip());
    }
}
