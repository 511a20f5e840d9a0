package fr.education.traam.gateway.limits;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.cloud.gateway.filter.AdaptCachedBodyGlobalFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses a body over its route's limit with {@code 413}: at once when its Content-Length says so, else (chunked, or a
 * client that lies) as soon as the bytes counted while it streams to the service pass the limit. Only a small body
 * (at most {@code read-whole-up-to}, 256 KB) is read whole before it is forwarded; a larger one is not buffered: each
 * buffer is counted on its way through, and the one that crosses the limit is released and the upload aborted, so a
 * 600 MB body costs the gateway no more memory than a small one.
 * <p>
 * A {@code CircuitBreaker} with a {@code fallbackUri} makes Spring Cloud Gateway read every request body of its route
 * into memory before routing (so that the fallback could read it again): that is what ran the gateway out of direct
 * memory on a 524 MB upload. Our fallback never reads the body, so this filter, ordered before that caching, hands its
 * counting request over as the one "already cached", and the body streams (ADR 0018).
 */
@Component
class BodySizeLimitFilter implements GlobalFilter, Ordered {

    /** Before {@link AdaptCachedBodyGlobalFilter} (highest precedence + 1000), which would buffer the body. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 500;

    private final BodyLimits limits;

    BodySizeLimitFilter(BodyLimits limits) {
        this.limits = limits;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        var limit = limits.forRoute(route == null ? null : route.getId());
        long declared = exchange.getRequest().getHeaders().getContentLength();
        if (declared > limit.toBytes()) {
            return Mono.error(new ContentTooLargeException(limit));
        }
        ServerHttpRequest counted = new ServerHttpRequestDecorator(exchange.getRequest()) {
            @Override
            public Flux<DataBuffer> getBody() {
                return Flux.defer(() -> {
                    AtomicLong received = new AtomicLong();
                    return super.getBody().handle((buffer, sink) -> {
                        if (received.addAndGet(buffer.readableByteCount()) > limit.toBytes()) {
                            DataBufferUtils.release(buffer);
                            sink.error(new ContentTooLargeException(limit));
                        }
                        else {
                            sink.next(buffer);
                        }
                    });
                });
            }
        };
        if (declared > 0 && declared <= limits.readWholeUpTo().toBytes()) {
            // A small body is read whole first: a service that refuses the request before reading its body (a path it
            // cannot decode, a 401) then leaves nothing unread, which the gateway's close would turn into a reset
            // that loses the answer. Past this size the body streams, as uploads must.
            return DataBufferUtils.join(counted.getBody(), (int) limits.readWholeUpTo().toBytes() + 1).flatMap(whole -> {
                byte[] bytes = new byte[whole.readableByteCount()];
                whole.read(bytes);
                DataBufferUtils.release(whole);
                return forward(exchange, chain, read(exchange.getRequest(), bytes));
            });
        }
        return forward(exchange, chain, counted);
    }

    private static Mono<Void> forward(ServerWebExchange exchange, GatewayFilterChain chain, ServerHttpRequest request) {
        exchange.getAttributes().put(ServerWebExchangeUtils.CACHED_SERVER_HTTP_REQUEST_DECORATOR_ATTR, request);
        return chain.filter(exchange.mutate().request(request).build());
    }

    /** The request with its body already read: each subscriber gets the same bytes. */
    private static ServerHttpRequest read(ServerHttpRequest request, byte[] bytes) {
        return new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<DataBuffer> getBody() {
                return Flux.defer(() -> Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(bytes)));
            }
        };
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
