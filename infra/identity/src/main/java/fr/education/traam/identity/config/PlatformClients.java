package fr.education.traam.identity.config;

import fr.education.traam.reference.Academy;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The clients the provider knows: the gateway, which logs people in, and one system per académie, which gets its own
 * tokens. Secrets are kept only as their hashes, one per client (each with its own salt: the repository refuses two
 * clients with the same stored secret, and a deployment gives each académie its own anyway).
 */
public final class PlatformClients {

    public static final String GATEWAY = "traam-gateway";
    /** The gateway's client registration id: the end of its redirect URI. */
    public static final String GATEWAY_REGISTRATION = "traam";
    private static final String ACADEMY_PREFIX = "academie-";

    private PlatformClients() {
    }

    /** Every client: the gateway, then {@code academie-<code>} for each of the 30 académies. */
    public static List<RegisteredClient> all(IdentityProperties properties, UnaryOperator<String> hash) {
        List<RegisteredClient> clients = new ArrayList<>();
        clients.add(gateway(properties, hash.apply(properties.clients().gatewaySecret())));
        Arrays.stream(Academy.values()).forEach(academy ->
                clients.add(academy(academy, properties, hash.apply(properties.clients().academySecret()))));
        return clients;
    }

    /** The académie whose system the client {@code clientId} is, if it is one of theirs. */
    public static Optional<Academy> academyOf(String clientId) {
        return clientId != null && clientId.startsWith(ACADEMY_PREFIX)
                ? Academy.byCode(clientId.substring(ACADEMY_PREFIX.length()))
                : Optional.empty();
    }

    public static String clientIdOf(Academy academy) {
        return ACADEMY_PREFIX + academy.code();
    }

    private static RegisteredClient gateway(IdentityProperties properties, String secretHash) {
        String base = properties.publicBaseUrl().toString().replaceAll("/+$", "");
        return RegisteredClient.withId(GATEWAY)
                .clientId(GATEWAY)
                .clientSecret(secretHash)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUri(base + "/login/oauth2/code/" + GATEWAY_REGISTRATION)
                .postLogoutRedirectUri(base + "/")
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .scope(OidcScopes.EMAIL)
                // The platform's own front door: there is nothing to consent to. PKCE even for a confidential client,
                // so a code stolen from a redirect is worth nothing without the verifier.
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(properties.tokens().accessTokenTtl())
                        .refreshTokenTimeToLive(properties.tokens().refreshTokenTtl())
                        .reuseRefreshTokens(false)
                        .build())
                .build();
    }

    private static RegisteredClient academy(Academy academy, IdentityProperties properties, String secretHash) {
        String id = clientIdOf(academy);
        return RegisteredClient.withId(id)
                .clientId(id)
                .clientName("Académie " + Academy.ofName(academy.label()))
                .clientSecret(secretHash)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(properties.tokens().accessTokenTtl()).build())
                .build();
    }
}
