package fr.education.traam.gateway.problem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

import fr.education.traam.gateway.limits.ContentTooLargeException;

import reactor.core.publisher.Mono;

/**
 * Replaces Boot's default error JSON: ordered before it, so unknown paths, unsupported methods, bodies over the
 * limit and unexpected failures all answer problem+json, and never with a stack trace or exception message.
 */
@Component
@Order(-2)
class ProblemErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);

    private final ProblemWriter problems;

    ProblemErrorHandler(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        ContentTooLargeException tooLarge = ContentTooLargeException.in(error);
        HttpStatusCode status = tooLarge != null ? tooLarge.getStatusCode()
                : error instanceof ResponseStatusException rse ? rse.getStatusCode()
                : HttpStatus.INTERNAL_SERVER_ERROR;
        if (status.is5xxServerError()) {
            log.error("Gateway failure on {} {}", exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(), error);
        }
        exchange.getResponse().getHeaders().clear();
        String path = exchange.getRequest().getPath().value();
        ProblemDetail problem = tooLarge != null ? Problems.contentTooLarge(tooLarge.limit(), path)
                : Problems.forStatus(status, path);
        return problems.write(exchange, problem,
                headers -> {
                    // Keeps what the status needs, such as Allow on a 405.
                    if (error instanceof ResponseStatusException rse) {
                        headers.addAll(rse.getHeaders());
                    }
                });
    }
}
