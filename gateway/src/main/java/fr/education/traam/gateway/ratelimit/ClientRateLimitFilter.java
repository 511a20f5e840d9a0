package fr.education.traam.gateway.ratelimit;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import fr.education.traam.gateway.problem.ProblemWriter;
import fr.education.traam.gateway.problem.Problems;
import reactor.core.publisher.Mono;

/**
 * Applies the rate limiter to every routed request. Used instead of the stock {@code RequestRateLimiter}
 * filter because that one answers 429 with an empty body, and our clients expect problem+json.
 */
@Component
class ClientRateLimitFilter implements GlobalFilter, Ordered {

    /** Before the circuit breaker and the routing filters: a rejected request must cost the services nothing. */
    private static final int ORDER = -1000;

    private final RateLimiter<RateLimitProperties> rateLimiter;
    private final KeyResolver clientKeys;
    private final ProblemWriter problems;

    ClientRateLimitFilter(RateLimiter<RateLimitProperties> rateLimiter, KeyResolver clientKeys,
            ProblemWriter problems) {
        this.rateLimiter = rateLimiter;
        this.clientKeys = clientKeys;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        String routeId = route != null ? route.getId() : "none";
        return clientKeys.resolve(exchange)
                .flatMap(client -> rateLimiter.isAllowed(routeId, client))
                .flatMap(response -> {
                    HttpHeaders headers = exchange.getResponse().getHeaders();
                    response.getHeaders().forEach(headers::set);
                    if (response.isAllowed()) {
                        return chain.filter(exchange);
                    }
                    long retryAfter = Long.parseLong(response.getHeaders().get(HttpHeaders.RETRY_AFTER));
                    return problems.write(exchange,
                            Problems.tooManyRequests(retryAfter, exchange.getRequest().getPath().value()));
                });
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
