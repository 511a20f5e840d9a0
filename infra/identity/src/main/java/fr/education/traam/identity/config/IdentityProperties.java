package fr.education.traam.identity.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How the provider runs ({@code traam.identity.*}).
 *
 * @param issuer        the {@code iss} of every token, and where the provider is reached (its discovery document names
 *                      its endpoints under it)
 * @param publicBaseUrl where readers reach the platform (the gateway): the gateway client's redirect URIs start with it
 * @param signingKeys   the folder of the platform's key pair ({@code SigningKeys}), created with a new pair if empty
 * @param stylesheetUrl the one stylesheet of the platform, served by the web module, that the login page links
 * @param tokens        how long tokens live
 * @param clients       the registered clients' secrets
 * @param demoAccounts  the local demo accounts
 */
@ConfigurationProperties("traam.identity")
public record IdentityProperties(
        @DefaultValue("http://localhost:9000") URI issuer,
        @DefaultValue("http://localhost:8080") URI publicBaseUrl,
        @DefaultValue(".traam/keys") Path signingKeys,
        @DefaultValue("http://localhost:8080/theme/site.css") URI stylesheetUrl,
        @DefaultValue Tokens tokens,
        @DefaultValue Clients clients,
        @DefaultValue DemoAccounts demoAccounts) {

    /**
     * @param accessTokenTtl  short: the gateway refreshes it, and a stolen one is soon useless
     * @param refreshTokenTtl a working day; each use gives a new one and retires the old
     * @param idTokenTtl      short too: the gateway reads the ID token at login only (at logout an expired one will do)
     */
    public record Tokens(@DefaultValue("5m") Duration accessTokenTtl, @DefaultValue("8h") Duration refreshTokenTtl,
                         @DefaultValue("5m") Duration idTokenTtl) {
    }

    /**
     * @param gatewaySecret the {@code traam-gateway} client's secret
     * @param academySecret the secret of every {@code academie-<code>} client: a local demo value, which a deployment
     *                      replaces by one per académie
     */
    public record Clients(@DefaultValue("traam-gateway-local-secret") String gatewaySecret,
                          @DefaultValue("traam-academie-local-secret") String academySecret) {
    }

    /**
     * @param enabled  whether the demo accounts exist; without them no person can log in here
     * @param password the one password of every demo account, kept only as its hash
     */
    public record DemoAccounts(@DefaultValue("true") boolean enabled, @DefaultValue("traam-demo") String password) {
    }
}
