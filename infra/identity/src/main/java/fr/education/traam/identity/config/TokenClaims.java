package fr.education.traam.identity.config;

import fr.education.traam.identity.account.DemoAccount;
import fr.education.traam.identity.account.DemoAccounts;
import fr.education.traam.identity.account.PlatformRole;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the platform's services read in a token: {@code roles}, {@code academy}, {@code email}, {@code name} in a
 * person's access token; {@code roles} [DAN] and {@code academy} in an académie system's access token, whose
 * {@code sub} is its client id. An access token's JOSE header says {@code typ: at+jwt} (RFC 9068), which every verifier
 * requires of a bearer; an ID token keeps {@code typ: JWT}, lives {@code idTokenTtl} (the gateway reads it at login and
 * sends it back at logout, where an expired one is still accepted) and tells only who the person is ({@code name},
 * {@code email}): it travels through the browser at logout, and no one decides anything by it (ADR 5).
 */
public final class TokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    public static final String ROLES = "roles";
    public static final String ACADEMY = "academy";
    public static final String EMAIL = "email";
    public static final String NAME = "name";
    /** The JOSE header {@code typ} of an access token (RFC 9068 section 2.1). */
    public static final String ACCESS_TOKEN_TYPE = "at+jwt";

    private final DemoAccounts accounts;
    private final Duration idTokenTtl;

    public TokenClaims(DemoAccounts accounts, Duration idTokenTtl) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.idTokenTtl = Objects.requireNonNull(idTokenTtl, "idTokenTtl");
    }

    @Override
    public void customize(JwtEncodingContext context) {
        boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
        if (!accessToken && !idToken) {
            return;
        }
        JwtClaimsSet.Builder claims = context.getClaims();
        if (idToken) {
            // Spring Authorization Server gives every ID token 30 minutes and has no setting for it.
            claims.claims(set -> set.put(JwtClaimNames.EXP, ((Instant) set.get(JwtClaimNames.IAT)).plus(idTokenTtl)));
            accounts.byId(context.getPrincipal().getName()).ifPresent(account -> {
                claims.claim(EMAIL, account.email());
                claims.claim(NAME, account.name());
            });
            return;
        }
        context.getJwsHeader().type(ACCESS_TOKEN_TYPE);
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            PlatformClients.academyOf(context.getRegisteredClient().getClientId()).ifPresent(academy -> {
                claims.claim(ROLES, List.of(PlatformRole.DAN.name()));
                claims.claim(ACADEMY, academy.code());
            });
            return;
        }
        // The principal is the person who logged in, also on a refresh: the authorization keeps them.
        accounts.byId(context.getPrincipal().getName()).ifPresent(account -> person(account, claims));
    }

    private static void person(DemoAccount account, JwtClaimsSet.Builder claims) {
        claims.claim(ROLES, account.roleNames());
        account.academyCode().ifPresent(code -> claims.claim(ACADEMY, code));
        claims.claim(EMAIL, account.email());
        claims.claim(NAME, account.name());
    }
}
