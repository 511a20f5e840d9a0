package fr.education.traam.gateway.login;

import java.net.URI;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.logout.DelegatingServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.SecurityContextServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.savedrequest.WebSessionServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

import fr.education.traam.gateway.problem.ProblemWriter;
import fr.education.traam.gateway.problem.Problems;

/**
 * Every request without a bearer token: a browser's. Logging in (authorization code with PKCE) is the gateway's, and
 * so is the session that holds the person's tokens; only {@code GET /connexion} and {@code /espace/**} need it here,
 * every other path is public at the gateway (web and the services decide). Runs after the bearer chain
 * ({@code GatewaySecurity}), which takes any request that carries a token.
 */
@Configuration(proxyBeanMethods = false)
class BrowserSecurity {

    static final String LOGIN_START = "/oauth2/authorization/" + TraamClientRegistration.REGISTRATION_ID;

    @Bean
    @Order(2)
    SecurityWebFilterChain browserSecurityFilterChain(ServerHttpSecurity http, LoginProperties login,
            ReactiveClientRegistrationRepository registrations, ServerOAuth2AuthorizedClientRepository authorizedClients,
            LoginFailures failures, ProblemWriter problems) {
        WebSessionServerRequestCache pagesAskedFor = new WebSessionServerRequestCache();
        RedirectServerAuthenticationEntryPoint toTheProvider = new RedirectServerAuthenticationEntryPoint(LOGIN_START);
        toTheProvider.setRequestCache(pagesAskedFor);
        // Back to the page asked for; /connexion itself, or a login started from nowhere, lands on the person's space.
        RedirectServerAuthenticationSuccessHandler backToThePage = new RedirectServerAuthenticationSuccessHandler(
                ConnexionRedirect.SPACE);
        backToThePage.setRequestCache(pagesAskedFor);
        ServerAuthenticationSuccessHandler loggedIn = (filterExchange, authentication) -> filterExchange.getExchange()
                .getSession()
                .doOnNext(session -> session.setMaxIdleTime(login.session().idleTimeout()))
                .then(backToThePage.onAuthenticationSuccess(filterExchange, authentication));
        ServerAccessDeniedHandler denied = (exchange, failure) -> problems.write(exchange,
                Problems.accessDenied(exchange.getRequest().getPath().value()));
        return http
                // The web module protects its own forms with CSRF tokens (ADR 35); the session cookie is SameSite=Lax,
                // so a cross-site POST, /deconnexion included, arrives without a session.
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .requestCache(cache -> cache.requestCache(pagesAskedFor))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(HttpMethod.GET, ConnexionRedirect.PATH).authenticated()
                        .pathMatchers(ConnexionRedirect.SPACE, ConnexionRedirect.SPACE + "/**").authenticated()
                        .anyExchange().permitAll())
                .oauth2Login(oauth2 -> oauth2
                        .authorizedClientRepository(authorizedClients)
                        .authenticationSuccessHandler(loggedIn)
                        .authenticationFailureHandler(failures))
                .logout(logout -> logout
                        .requiresLogout(ServerWebExchangeMatchers.pathMatchers(HttpMethod.POST, "/deconnexion"))
                        // The session goes whole, with the tokens it holds, not only its security context.
                        .logoutHandler(new DelegatingServerLogoutHandler(new SecurityContextServerLogoutHandler(),
                                new WebSessionServerLogoutHandler()))
                        .logoutSuccessHandler(providerLogout(registrations, login)))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(toTheProvider)
                        .accessDeniedHandler(denied))
                .build();
    }

    /** OIDC RP-initiated logout: the provider ends its own session too, then sends the browser to the home page. */
    private static OidcClientInitiatedServerLogoutSuccessHandler providerLogout(
            ReactiveClientRegistrationRepository registrations, LoginProperties login) {
        OidcClientInitiatedServerLogoutSuccessHandler handler = new OidcClientInitiatedServerLogoutSuccessHandler(
                registrations);
        handler.setPostLogoutRedirectUri(login.gatewayBase() + "/");
        // Someone without a session (it expired, or was never there) just goes home.
        handler.setLogoutSuccessUrl(URI.create("/"));
        return handler;
    }
}
