package fr.education.traam.gateway.security;

import java.util.Set;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import fr.education.traam.gateway.problem.ProblemWriter;
import fr.education.traam.gateway.problem.Problems;

import reactor.core.publisher.Mono;

/**
 * Spring Security's strict firewall turns away, before any route is chosen, paths that could reach another route than
 * they seem to ({@code ..}, {@code %2e%2e}, {@code %2f}, {@code %5c}, {@code ;}, NUL…) and the methods it does not
 * allow; by default with an empty {@code 400}. Here each gets a problem: an unknown method {@code 501}, a known one the
 * gateway does not serve (TRACE, CONNECT) {@code 405} with Allow, anything else {@code 400 rejected-request}.
 */
@Component
class FirewallRefusals implements ServerExchangeRejectedHandler {

    /** The firewall's own default list of allowed methods. */
    static final Set<HttpMethod> ALLOWED = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST, HttpMethod.PUT,
            HttpMethod.PATCH, HttpMethod.DELETE, HttpMethod.OPTIONS);

    /** Methods HTTP defines (RFC 9110 and PATCH); any other is one the gateway does not know at all. */
    private static final Set<String> STANDARD = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS",
            "TRACE", "PATCH");

    private static final String ALLOW = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";

    private final ProblemWriter problems;

    FirewallRefusals(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
        HttpMethod method = exchange.getRequest().getMethod();
        String path = exchange.getRequest().getPath().value();
        exchange.getResponse().getHeaders().clear();
        if (!ALLOWED.contains(method)) {
            if (STANDARD.contains(method.name())) {
                return problems.write(exchange, Problems.methodNotAllowed(method.name(), path),
                        headers -> headers.set(HttpHeaders.ALLOW, ALLOW));
            }
            return problems.write(exchange, Problems.methodNotImplemented(method.name(), path));
        }
        return problems.write(exchange, Problems.rejectedRequest(detail(rejected), path));
    }

    /** What was at fault, from the firewall's message; only the wording depends on it, never the status or type. */
    private static String detail(ServerExchangeRejectedException rejected) {
        String reason = rejected.getMessage() == null ? "" : rejected.getMessage();
        if (reason.contains("URL")) {
            return "The path holds a sequence the gateway refuses: '..', an encoded '/', '\\' or '.', '//', ';', "
                    + "or a control character.";
        }
        if (reason.contains("header")) {
            return "A request header has a name or value the gateway refuses (only printable characters).";
        }
        if (reason.contains("parameter")) {
            return "A query parameter has a name or value the gateway refuses (only printable characters).";
        }
        return "The gateway refuses this request.";
    }
}
