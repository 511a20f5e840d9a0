package fr.education.traam.identity.config;

import fr.education.traam.identity.account.DemoAccount;
import fr.education.traam.identity.account.DemoAccounts;
import fr.education.traam.identity.account.PlatformRole;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

import java.util.List;

/**
 * What the platform's services read in a token: {@code roles}, {@code academy}, {@code email}, {@code name} in a
 * person's access and ID tokens; {@code roles} [DAN] and {@code academy} in an académie system's access token, whose
 * {@code sub} is its client id.
 */
public final class TokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    public static final String ROLES = "roles";
    public static final String ACADEMY = "academy";
    public static final String EMAIL = "email";
    public static final String NAME = "name";

    private final DemoAccounts accounts;

    public TokenClaims(DemoAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
        if (!accessToken && !idToken) {
            return;
        }
        JwtClaimsSet.Builder claims = context.getClaims();
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
