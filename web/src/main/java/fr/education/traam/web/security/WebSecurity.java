package fr.education.traam.web.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.savedrequest.NullRequestCache;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.interfaces.RSAPublicKey;

/**
 * Web verifies the bearer the gateway relays like a service (ADR 6, ADR 36), lets anyone read the public pages,
 * and keeps {@code /espace/**} for a person with a token: without one, the browser goes to {@code /connexion}, which
 * the gateway turns into a login. Web holds no session (the gateway does), so the CSRF token of its own forms lives
 * in a cookie; a POST without it gets the French refusal page.
 */
@Configuration(proxyBeanMethods = false)
public class WebSecurity {

    static final String LOGIN = "/connexion";
    static final String REFUSED = "/acces-refuse";

    @Bean
    JwtDecoder jwtDecoder(JwtProperties properties) {
        NimbusJwtDecoder decoder;
        if (properties.jwkSetUri() != null && !properties.jwkSetUri().toString().isBlank()) {
            decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri().toString()).build();
        } else if (properties.publicKeyLocation() != null) {
            decoder = NimbusJwtDecoder.withPublicKey(publicKey(properties)).build();
        } else {
            throw new IllegalStateException("neither traam.security.jwt.jwk-set-uri nor public-key-location is set: no token could be verified");
        }
        // Expiry and not-before (within the skew), the issuer, and typ at+jwt: an ID token (typ JWT) is no bearer (ADR 5).
        decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(new JwtTimestampValidator(properties.clockSkew()),
                new JwtIssuerValidator(properties.issuer()), new JwtTypeValidator("at+jwt", "application/at+jwt")));
        return decoder;
    }

    @Bean
    SecurityFilterChain webSecurityFilterChain(HttpSecurity http) throws Exception {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName("roles");
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter authentication = new JwtAuthenticationConverter();
        authentication.setJwtGrantedAuthoritiesConverter(roles);
        LoginUrlAuthenticationEntryPoint toLogin = new LoginUrlAuthenticationEntryPoint(LOGIN);

        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfCookie()))
                .logout(logout -> logout.disable())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/espace", "/espace/**").authenticated()
                        .anyRequest().permitAll())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(authentication))
                        // An expired or foreign token: log in again (the gateway refreshes tokens, so this is rare).
                        .authenticationEntryPoint(toLogin))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(toLogin)
                        .accessDeniedPage(REFUSED));
        return http.build();
    }

    /** HttpOnly (htmx reads the token from the page's meta, not the cookie), SameSite=Lax like the gateway's session. */
    private static CookieCsrfTokenRepository csrfCookie() {
        CookieCsrfTokenRepository repository = new CookieCsrfTokenRepository();
        repository.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Lax"));
        return repository;
    }

    private static RSAPublicKey publicKey(JwtProperties properties) {
        try (InputStream pem = properties.publicKeyLocation().getInputStream()) {
            return RsaKeyConverters.x509().convert(pem);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the JWT public key at " + properties.publicKeyLocation(), e);
        }
    }
}
