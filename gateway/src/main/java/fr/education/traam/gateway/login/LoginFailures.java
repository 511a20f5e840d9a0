package fr.education.traam.gateway.login;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import fr.education.traam.gateway.problem.ProblemWriter;
import fr.education.traam.gateway.problem.Problems;

import reactor.core.publisher.Mono;

/**
 * A login that did not complete: the provider answered an error (the person refused, the client is unknown), the
 * state does not match a login this session started (a stale or forged callback), the code could not be exchanged,
 * or the ID token is not to be trusted. A browser gets a short French page with a link to try again, anything else
 * the same refusal as a problem; never Spring's redirect to a {@code /login} page the gateway does not have.
 */
@Component
class LoginFailures implements ServerAuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(LoginFailures.class);

    private final ProblemWriter problems;

    LoginFailures(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> onAuthenticationFailure(WebFilterExchange webFilterExchange, AuthenticationException failure) {
        ServerWebExchange exchange = webFilterExchange.getExchange();
        String error = failure instanceof OAuth2AuthenticationException oauth2 ? oauth2.getError().getErrorCode()
                : "login_failed";
        log.info("Login failed ({}): {}", error, failure.getMessage());
        ProblemDetail problem = Problems.loginFailed(error, exchange.getRequest().getPath().value());
        if (wantsHtml(exchange)) {
            return page(exchange.getResponse());
        }
        return problems.write(exchange, problem);
    }

    private static boolean wantsHtml(ServerWebExchange exchange) {
        List<MediaType> accepted = exchange.getRequest().getHeaders().getAccept();
        return accepted.stream().anyMatch(type -> type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType());
    }

    private static Mono<Void> page(ServerHttpResponse response) {
        response.setStatusCode(HttpStatus.UNAUTHORIZED);
        response.getHeaders().setContentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
        response.getHeaders().setCacheControl("no-store");
        DataBuffer body = response.bufferFactory().wrap(PAGE.getBytes(StandardCharsets.UTF_8));
        return response.writeWith(Mono.just(body));
    }

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="fr">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Connexion impossible – TraAM</title>
            <link rel="stylesheet" href="/theme/site.css">
            </head>
            <body>
            <main>
            <h1>Connexion impossible</h1>
            <p>La connexion n’a pas abouti : elle a été refusée, ou la demande a expiré avant votre retour.</p>
            <p><a href="/connexion">Réessayer de se connecter</a> ou <a href="/">revenir à l’accueil</a>.</p>
            </main>
            </body>
            </html>
            """;
}
