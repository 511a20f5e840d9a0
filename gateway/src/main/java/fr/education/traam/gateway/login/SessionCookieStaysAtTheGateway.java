package fr.education.traam.gateway.login;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * The gateway's session cookie is the gateway's: no route forwards it. Whoever could read it downstream (a log, a
 * service) could act as the person through the gateway; web and the services get the person's token instead, and only
 * where the contract says (the web route). Other cookies (web's own) pass untouched.
 */
@Component
class SessionCookieStaysAtTheGateway implements GlobalFilter, Ordered {

    private static final String PREFIX = GatewaySessions.COOKIE_NAME + "=";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        List<String> cookies = exchange.getRequest().getHeaders().get(HttpHeaders.COOKIE);
        if (cookies == null || cookies.stream().noneMatch(header -> header.contains(PREFIX))) {
            return chain.filter(exchange);
        }
        String others = cookies.stream()
                .flatMap(header -> Arrays.stream(header.split(";")))
                .map(String::trim)
                .filter(cookie -> !cookie.isEmpty() && !cookie.startsWith(PREFIX))
                .collect(Collectors.joining("; "));
        return chain.filter(exchange.mutate().request(request -> request.headers(headers -> {
            headers.remove(HttpHeaders.COOKIE);
            if (!others.isEmpty()) {
                headers.set(HttpHeaders.COOKIE, others);
            }
        })).build());
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 1;
    }
}
