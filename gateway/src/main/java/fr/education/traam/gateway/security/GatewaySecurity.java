package fr.education.traam.gateway.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.interfaces.RSAPublicKey;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;

import fr.education.traam.gateway.problem.ProblemWriter;
import fr.education.traam.gateway.problem.Problems;

/**
 * Requests that carry a bearer token (scripts, académies' systems, the web module calling the API): every one is let
 * through (public reads need no token, and each service decides what needs a role), but the token must be valid: it is
 * checked here (signature, expiry, issuer, and {@code typ: at+jwt}, so an ID token is never taken for an access token)
 * so a forged or expired token never reaches a service, and so the rate limiter can trust the subject it
 * keys on. Stateless: no session is read or written. Every other request is a browser's ({@code BrowserSecurity}).
 */
@Configuration(proxyBeanMethods = false)
class GatewaySecurity {

    /** Any {@code Authorization: Bearer …} header, even one the resource server will find malformed (a 401). */
    static final ServerWebExchangeMatcher BEARER_REQUESTS = exchange -> {
        String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Bearer", 0, 6)
                ? ServerWebExchangeMatcher.MatchResult.match()
                : ServerWebExchangeMatcher.MatchResult.notMatch();
    };

    @Bean
    @Order(1)
    SecurityWebFilterChain gatewaySecurityFilterChain(ServerHttpSecurity http, ReactiveJwtDecoder jwtDecoder,
            ProblemWriter problems) {
        ServerAuthenticationEntryPoint invalidToken = (exchange, failure) -> problems.write(exchange,
                Problems.invalidToken(exchange.getRequest().getPath().value()),
                headers -> headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\""));
        ServerAccessDeniedHandler denied = (exchange, failure) -> problems.write(exchange,
                Problems.accessDenied(exchange.getRequest().getPath().value()));
        return http
                .securityMatcher(BEARER_REQUESTS)
                // Stateless API behind bearer tokens: no session, no cookie, hence no CSRF exposure.
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .authorizeExchange(exchanges -> exchanges.anyExchange().permitAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtDecoder(jwtDecoder))
                        .authenticationEntryPoint(invalidToken)
                        .accessDeniedHandler(denied))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(invalidToken)
                        .accessDeniedHandler(denied))
                .build();
    }

    @Bean
    ReactiveJwtDecoder jwtDecoder(JwtProperties properties) {
        // The provider's JWK set when one is named (fetched on the first token, so the gateway starts without it);
        // otherwise the platform's public key file, as the tests and scripts use.
        NimbusReactiveJwtDecoder decoder = properties.verifiesAgainstJwkSet()
                ? NimbusReactiveJwtDecoder.withJwkSetUri(properties.jwkSetUri())
                        .jwsAlgorithm(SignatureAlgorithm.RS256)
                        .build()
                : NimbusReactiveJwtDecoder.withPublicKey(publicKey(properties))
                        .signatureAlgorithm(SignatureAlgorithm.RS256)
                        .build();
        // exp and nbf within the skew; the issuer rejects tokens minted elsewhere, and typ at+jwt an ID token
        // (typ JWT), which travels through browsers at logout and is no bearer (ADR 5).
        decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(new JwtTimestampValidator(properties.clockSkew()),
                new JwtIssuerValidator(properties.issuer()), new JwtTypeValidator("at+jwt", "application/at+jwt")));
        return decoder;
    }

    private static RSAPublicKey publicKey(JwtProperties properties) {
        try (InputStream pem = properties.publicKeyLocation().getInputStream()) {
            return RsaKeyConverters.x509().convert(pem);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read the JWT public key at " + properties.publicKeyLocation()
                    + " (run './traam keys' to create the local key pair)", e);
        }
    }
}
