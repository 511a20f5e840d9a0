package fr.education.traam.identity.config;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * The authorizations, which also find one by an ID token a refresh has since replaced. A refresh with the
 * {@code openid} scope gives a new ID token, and Spring Authorization Server keeps only the newest, so RP-initiated
 * logout refused the ID token the gateway holds (the login's: Spring Security's client does not replace it on a
 * refresh) with {@code 400 invalid_token} once the person had been refreshed, leaving the provider's session open.
 * OpenID Connect's {@code id_token_hint} is "an ID Token previously issued by the OP": any of the authorization's
 * ID tokens names it, as long as the authorization lives. Found by the login journey (LoginJourneyIT).
 */
final class LoginIdTokens implements OAuth2AuthorizationService {

    private static final OAuth2TokenType ID_TOKEN = new OAuth2TokenType(OidcParameterNames.ID_TOKEN);

    private final OAuth2AuthorizationService authorizations;
    /** A replaced ID token's value → the id of its authorization; forgotten with the authorization. */
    private final Map<String, String> replaced = new ConcurrentHashMap<>();

    LoginIdTokens(OAuth2AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        OAuth2Authorization before = authorizations.findById(authorization.getId());
        String was = idToken(before);
        if (was != null && !was.equals(idToken(authorization))) {
            replaced.put(was, authorization.getId());
        }
        authorizations.save(authorization);
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        authorizations.remove(authorization);
        replaced.values().removeIf(authorization.getId()::equals);
    }

    @Override
    public OAuth2Authorization findById(String id) {
        return authorizations.findById(id);
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        OAuth2Authorization found = authorizations.findByToken(token, tokenType);
        if (found != null || token == null || (tokenType != null && !ID_TOKEN.equals(tokenType))) {
            return found;
        }
        String id = replaced.get(token);
        return id == null ? null : authorizations.findById(id);
    }

    private static String idToken(OAuth2Authorization authorization) {
        if (authorization == null) {
            return null;
        }
        OAuth2Authorization.Token<OidcIdToken> idToken = authorization.getToken(OidcIdToken.class);
        return idToken == null ? null : idToken.getToken().getTokenValue();
    }
}
