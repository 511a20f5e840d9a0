package fr.education.traam.gateway.login;

import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClientException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;

import reactor.core.publisher.Mono;

/**
 * Runs just before the token relay on the web route. When the relay cannot get the person a valid access token (the
 * provider refuses the refresh token, it has expired or been revoked, or the provider cannot be reached), the person
 * is logged out of the gateway rather than shown an error: the session ends and the browser asks for the same page
 * again, now as an anonymous visitor (a page that needs a login then sends them to log in again). A form sent
 * meanwhile cannot be replayed: the browser goes home.
 */
@Component
public class SessionEndsWhenRefreshFails implements GatewayFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionEndsWhenRefreshFails.class);

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return chain.filter(exchange)
                .onErrorResume(failure -> failure instanceof OAuth2AuthorizationException
                        || failure instanceof WebClientException, failure -> endSession(exchange, failure));
    }

    private static Mono<Void> endSession(ServerWebExchange exchange, Throwable failure) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(failure);
        }
        log.info("Session ended: no valid access token for {} ({})", exchange.getRequest().getPath(),
                failure.toString());
        return exchange.getSession().flatMap(WebSession::invalidate).then(Mono.fromRunnable(() -> {
            ServerHttpRequest request = exchange.getRequest();
            boolean reading = HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
            exchange.getResponse().setStatusCode(reading ? HttpStatus.FOUND : HttpStatus.SEE_OTHER);
            exchange.getResponse().getHeaders().setLocation(reading ? samePage(request) : URI.create("/"));
        })).then(exchange.getResponse().setComplete());
    }

    private static URI samePage(ServerHttpRequest request) {
        String query = request.getURI().getRawQuery();
        return URI.create(request.getPath().value() + (query == null ? "" : "?" + query));
    }
}
