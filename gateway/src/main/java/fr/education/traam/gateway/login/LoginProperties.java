package fr.education.traam.gateway.login;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * How the gateway logs people in with the platform's OpenID Connect provider (docs/gateway.md, ADR 35).
 *
 * @param issuer the provider's address as browsers reach it, and the {@code iss} its ID tokens must carry
 * @param providerUrl the same provider as the gateway reaches it (token, JWKS, userinfo); the issuer when unset
 * @param clientId the gateway's client id at the provider
 * @param clientSecret its secret ({@code client_secret_basic})
 * @param publicBaseUrl the gateway's address as browsers reach it, for the redirect and post-logout URIs the provider
 *        knows; unset, the address each request came to
 * @param session the server-side session that holds a person's tokens
 */
@ConfigurationProperties("traam.gateway.login")
public record LoginProperties(
        @DefaultValue("http://localhost:9000") URI issuer,
        URI providerUrl,
        @DefaultValue("traam-gateway") String clientId,
        @DefaultValue("traam-gateway-local-secret") String clientSecret,
        String publicBaseUrl,
        @DefaultValue Session session) {

    /**
     * @param secureCookie whether the session cookie is {@code Secure}: on for HTTPS deployments, off for the
     *        local platform's plain HTTP
     * @param idleTimeout how long a logged-in session lives without a request
     * @param loginTimeout how long a session lives before it logs in: from the redirect to the provider to its
     *        callback, so that logins started and never finished do not hold the store for a whole idle timeout
     * @param maxSessions sessions kept in memory at once; beyond, a new login is refused until one expires
     */
    public record Session(
            @DefaultValue("false") boolean secureCookie,
            @DefaultValue("30m") Duration idleTimeout,
            @DefaultValue("10m") Duration loginTimeout,
            @DefaultValue("10000") int maxSessions) {
    }

    /** The issuer without a trailing slash, to append the provider's endpoint paths to. */
    String browserBase() {
        return withoutTrailingSlash(issuer.toString());
    }

    /** Where the gateway itself calls the provider. */
    String backChannelBase() {
        return withoutTrailingSlash((providerUrl != null ? providerUrl : issuer).toString());
    }

    /** The gateway's public address, or Spring's {@code {baseUrl}} template when none is configured. */
    String gatewayBase() {
        return StringUtils.hasText(publicBaseUrl) ? withoutTrailingSlash(publicBaseUrl) : "{baseUrl}";
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
