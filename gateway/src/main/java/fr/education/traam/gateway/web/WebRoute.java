package fr.education.traam.gateway.web;

import org.springframework.cloud.gateway.filter.OrderedGatewayFilter;
import org.springframework.cloud.gateway.filter.factory.SpringCloudCircuitBreakerFilterFactory;
import org.springframework.cloud.gateway.filter.factory.TokenRelayGatewayFilterFactory;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import fr.education.traam.gateway.login.SessionEndsWhenRefreshFails;

/**
 * Every path no other route takes goes to the web module, with the logged-in person's access token as a bearer header
 * ({@code TokenRelay}, refreshed when it expires). No other route relays it: a browser never calls {@code /api/**} with
 * its session, so a cross-site request to the API never carries a person's rights (ADR 35). Written in Java because
 * the YAML routes cannot say "except": the gateway's own paths, and {@code /api/**} (an API path no service serves is
 * the gateway's {@code 404} problem, not a web page), stay out of it.
 */
@Configuration(proxyBeanMethods = false)
class WebRoute {

    static final String ID = "web";

    /** Paths the gateway answers itself, or hands to another route, whatever their order. */
    static final String[] NOT_WEB = { "/api/**", "/actuator", "/actuator/**", "/fallback/**", "/login/**",
            "/oauth2/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
            "/webjars/swagger-ui/**", "/connexion", "/deconnexion" };

    @Bean
    RouteLocator webRouteLocator(RouteLocatorBuilder routes, WebRouteProperties services,
            SessionEndsWhenRefreshFails sessionEnds, TokenRelayGatewayFilterFactory tokenRelay,
            SpringCloudCircuitBreakerFilterFactory circuitBreakers) {
        SpringCloudCircuitBreakerFilterFactory.Config breaker = new SpringCloudCircuitBreakerFilterFactory.Config()
                .setName(ID)
                .setFallbackUri("forward:/fallback/" + ID);
        return routes.routes()
                .route(ID, route -> route
                        .order(Ordered.LOWEST_PRECEDENCE)
                        .not(paths -> paths.path(NOT_WEB))
                        .and().path("/**")
                        .filters(filters -> filters
                                // In this order: a failed refresh ends the session (not the circuit), and the circuit
                                // breaker only times the web module.
                                .filter(new OrderedGatewayFilter(sessionEnds, 1))
                                .filter(new OrderedGatewayFilter(tokenRelay.apply(), 2))
                                .filter(circuitBreakers.apply(breaker), 3))
                        .uri(services.web()))
                .build();
    }
}
