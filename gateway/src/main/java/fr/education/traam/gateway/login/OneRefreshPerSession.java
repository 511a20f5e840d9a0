package fr.education.traam.gateway.login;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * The requests of one session that ask for its access token at the same time share one answer, so that one refresh
 * serves them all. A page and what htmx asks beside it reach the gateway together; the provider rotates refresh tokens
 * and refuses one used twice (as it should: a reused refresh token is a stolen one), so two refreshes at once would
 * end the session of a person who did nothing wrong. Requests that come after the answer ask again, and find the new
 * token in the session.
 */
final class OneRefreshPerSession implements ReactiveOAuth2AuthorizedClientManager {

    private final ReactiveOAuth2AuthorizedClientManager delegate;
    private final ConcurrentMap<String, Mono<OAuth2AuthorizedClient>> inFlight = new ConcurrentHashMap<>();

    OneRefreshPerSession(ReactiveOAuth2AuthorizedClientManager delegate) {
        this.delegate = delegate;
    }

    @Override
    public Mono<OAuth2AuthorizedClient> authorize(OAuth2AuthorizeRequest request) {
        // Spring Security puts the exchange in the Reactor context; without one (no web request), nothing to share.
        return Mono.deferContextual(context -> context.<ServerWebExchange>getOrEmpty(ServerWebExchange.class)
                .map(exchange -> exchange.getSession()
                        .flatMap(session -> shared(session.getId() + " " + request.getClientRegistrationId(), request)))
                .orElseGet(() -> delegate.authorize(request)));
    }

    private Mono<OAuth2AuthorizedClient> shared(String key, OAuth2AuthorizeRequest request) {
        AtomicReference<Mono<OAuth2AuthorizedClient>> self = new AtomicReference<>();
        Mono<OAuth2AuthorizedClient> answer = delegate.authorize(request)
                .doFinally(signal -> inFlight.remove(key, self.get()))
                .cache();
        self.set(answer);
        Mono<OAuth2AuthorizedClient> running = inFlight.putIfAbsent(key, answer);
        return running != null ? running : answer;
    }
}
