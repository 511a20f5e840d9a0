package fr.education.traam.kit.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.List;

/**
 * The resource-server set-up every service shares: stateless, RS256 JWTs verified against the identity provider's
 * JWK set (or the platform's public key) and issuer, roles from the {@code roles} claim, health and API docs open,
 * the service's public GET paths open (and its public paths by any method), everything else authenticated; role
 * checks sit on the controllers ({@code @PreAuthorize}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class TraamSecurityConfiguration {

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(TraamSecurityProperties properties) {
        return decoderFor(properties.jwt());
    }

    /**
     * The JWK set when one is named (fetched at the first token, not at start, so a service starts before its
     * provider), else the public key file; the issuer and the access token's {@code typ} are checked either way, and
     * RS256 is the only algorithm.
     */
    static NimbusJwtDecoder decoderFor(TraamSecurityProperties.Jwt jwt) {
        NimbusJwtDecoder decoder;
        if (jwt != null && jwt.hasJwkSetUri()) {
            decoder = NimbusJwtDecoder.withJwkSetUri(jwt.jwkSetUri()).jwsAlgorithm(SignatureAlgorithm.RS256).build();
        } else if (jwt != null && jwt.publicKeyLocation() != null) {
            decoder = NimbusJwtDecoder.withPublicKey(publicKey(jwt)).signatureAlgorithm(SignatureAlgorithm.RS256).build();
        } else {
            throw new IllegalStateException("Neither traam.security.jwt.jwk-set-uri (TRAAM_JWK_SET_URI) nor "
                    + "traam.security.jwt.public-key-location is set: no token could be verified");
        }
        String issuer = jwt.issuer() == null ? TraamSecurityProperties.Jwt.DEFAULT_ISSUER : jwt.issuer();
        Duration skew = jwt.clockSkew() == null ? Duration.ofSeconds(60) : jwt.clockSkew();
        // Expiry and not-before (within the skew), the issuer, and typ at+jwt: an ID token (typ JWT) is no bearer (ADR 5).
        decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(new JwtTimestampValidator(skew),
                new JwtIssuerValidator(issuer), new JwtTypeValidator("at+jwt", "application/at+jwt")));
        return decoder;
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain traamSecurityFilterChain(HttpSecurity http, TraamSecurityProperties properties) throws Exception {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(Caller.ROLES_CLAIM);
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter authentication = new JwtAuthenticationConverter();
        authentication.setJwtGrantedAuthoritiesConverter(roles);

        String[] publicGets = properties.publicGetPaths().toArray(String[]::new);
        String[] publicAny = properties.publicPaths().toArray(String[]::new);
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                            .requestMatchers("/api/*/v3/api-docs", "/api/*/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                            .requestMatchers(HttpMethod.GET, publicGets).permitAll();
                    if (publicAny.length > 0) {
                        requests.requestMatchers(publicAny).permitAll();
                    }
                    requests.requestMatchers("/error").permitAll()
                            .anyRequest().authenticated();
                })
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(authentication))
                        .authenticationEntryPoint(ProblemSecurityHandlers.unauthorized())
                        .accessDeniedHandler(ProblemSecurityHandlers.forbidden()))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(ProblemSecurityHandlers.unauthorized())
                        .accessDeniedHandler(ProblemSecurityHandlers.forbidden()));
        return http.build();
    }

    /** Spring Security's filter chain uses this bean for what its firewall refuses. */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return ProblemSecurityHandlers.requestRejected();
    }

    @Bean
    WebMvcConfigurer callerArgument() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
            }

            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new RolesBeforeBinding());
            }
        };
    }

    private static RSAPublicKey publicKey(TraamSecurityProperties.Jwt jwt) {
        try (InputStream pem = jwt.publicKeyLocation().getInputStream()) {
            return RsaKeyConverters.x509().convert(pem);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the JWT public key at " + jwt.publicKeyLocation(), e);
        }
    }
}
