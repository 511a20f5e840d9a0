package fr.education.traam.identity.config;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import fr.education.traam.embedded.identity.SigningKeys;
import fr.education.traam.identity.account.DemoAccounts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcUserInfoAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The provider: the protocol's endpoints first (OAuth 2.1 and OpenID Connect, with discovery, userinfo and
 * RP-initiated logout at {@code /connect/logout}), then the login form and the pages. Clients and authorizations live
 * in memory (ADR 34): a restart logs everyone out, which a developer's platform can afford.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

    /**
     * What userinfo tells of a person: the claims about them of the access token it is called with (the ID token names
     * them only), not its protocol claims.
     */
    private static final List<String> PERSON_CLAIMS =
            List.of("sub", TokenClaims.NAME, TokenClaims.EMAIL, TokenClaims.ROLES, TokenClaims.ACADEMY);

    @Bean
    @Order(1)
    SecurityFilterChain protocol(HttpSecurity http) throws Exception {
        http.oauth2AuthorizationServer(server -> {
                    http.securityMatcher(server.getEndpointsMatcher());
                    server.oidc(oidc -> oidc.userInfoEndpoint(userInfo -> userInfo.userInfoMapper(
                            AuthorizationServerConfiguration::userInfo)));
                })
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                // A browser that is not logged in yet is sent to the form; the protocol's other callers get its errors.
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/", "/login", "/comptes-de-demonstration", "/error", "/actuator/health",
                                "/actuator/health/**", "/favicon.ico").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll());
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The people who may log in: the demo accounts, or no one when they are disabled. */
    @Bean
    DemoAccounts demoAccounts(IdentityProperties properties) {
        return properties.demoAccounts().enabled() ? DemoAccounts.generated() : DemoAccounts.none();
    }

    @Bean
    AccountDirectory accountDirectory(DemoAccounts accounts, IdentityProperties properties, PasswordEncoder passwords) {
        return new AccountDirectory(accounts, passwords.encode(properties.demoAccounts().password()));
    }

    @Bean
    TokenClaims tokenClaims(DemoAccounts accounts, IdentityProperties properties) {
        return new TokenClaims(accounts, properties.tokens().idTokenTtl());
    }

    @Bean
    RegisteredClientRepository registeredClients(IdentityProperties properties, PasswordEncoder passwords) {
        return new InMemoryRegisteredClientRepository(PlatformClients.all(properties, passwords::encode));
    }

    @Bean
    OAuth2AuthorizationService authorizations() {
        return new LoginIdTokens(new InMemoryOAuth2AuthorizationService());
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(IdentityProperties properties) {
        return new ImmutableJWKSet<>(new JWKSet(PlatformKey.of(SigningKeys.loadOrCreate(properties.signingKeys()))));
    }

    /**
     * Verifies the access tokens userinfo is called with: the provider's own, hence {@code typ: at+jwt}, as every
     * verifier of the platform requires (ADR 5); Spring Authorization Server's default decoder would refuse them.
     */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys, IdentityProperties properties) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys).jwsAlgorithm(SignatureAlgorithm.RS256).build();
        // Expiry and not-before (60 s skew), the issuer, and typ at+jwt: an ID token (typ JWT) is no bearer (ADR 5).
        decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(
                new JwtIssuerValidator(properties.issuer().toString()),
                new JwtTypeValidator("at+jwt", "application/at+jwt")));
        return decoder;
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IdentityProperties properties) {
        return AuthorizationServerSettings.builder().issuer(properties.issuer().toString()).build();
    }

    private static OidcUserInfo userInfo(OidcUserInfoAuthenticationContext context) {
        OAuth2Authorization.Token<OAuth2AccessToken> accessToken = context.getAuthorization().getAccessToken();
        Map<String, Object> claims = new LinkedHashMap<>();
        if (accessToken != null && accessToken.getClaims() != null) {
            PERSON_CLAIMS.forEach(name -> {
                Object value = accessToken.getClaims().get(name);
                if (value != null) {
                    claims.put(name, value);
                }
            });
        }
        return new OidcUserInfo(claims);
    }
}
