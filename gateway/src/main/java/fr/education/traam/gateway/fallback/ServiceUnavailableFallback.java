package fr.education.traam.gateway.fallback;

import java.net.URI;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import fr.education.traam.gateway.limits.ContentTooLargeException;
import fr.education.traam.gateway.problem.Problems;

/**
 * Target of every route's {@code fallbackUri}. Mapped for all methods because the circuit breaker forwards
 * the client's request as it came (a failed POST arrives here as a POST). A body the gateway refused while it
 * streamed fails the route too, and is no unavailability: it is answered {@code 413}.
 */
@RestController
class ServiceUnavailableFallback {

    private static final Logger log = LoggerFactory.getLogger(ServiceUnavailableFallback.class);

    @RequestMapping("/fallback/{service:[a-z-]+}")
    ResponseEntity<ProblemDetail> serviceUnavailable(@PathVariable String service, ServerWebExchange exchange) {
        Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        ContentTooLargeException tooLarge = ContentTooLargeException.in(cause);
        if (tooLarge != null) {
            // The gateway itself aborted an upload over the limit: the service is fine, the client gets its 413.
            throw tooLarge;
        }
        String instance = originalPath(exchange);
        log.warn("{} unavailable for {}: {}", service, instance, cause == null ? "circuit open" : cause.toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.serviceUnavailable(service, instance));
    }

    /** The path the client asked for, not the internal forward target. */
    private static String originalPath(ServerWebExchange exchange) {
        Set<URI> originals = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ORIGINAL_REQUEST_URL_ATTR);
        if (originals != null && !originals.isEmpty()) {
            return originals.iterator().next().getRawPath();
        }
        return exchange.getRequest().getPath().value();
    }
}
