package fr.education.traam.web.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The visitor of the current request, for controllers and templates alike ({@code ${@visitors.current()}}): a bean
 * rather than a model attribute, so that the error pages, which no controller of ours renders, greet them too.
 */
@Component("visitors")
public class Visitors {

    public Visitor current() {
        return token().map(jwt -> new Visitor(Person.of(jwt.getToken()))).orElse(Visitor.ANONYMOUS);
    }

    /** The bearer to forward to the API on the visitor's behalf, when they have one. */
    public Optional<String> bearer() {
        return token().map(jwt -> jwt.getToken().getTokenValue());
    }

    private static Optional<JwtAuthenticationToken> token() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof JwtAuthenticationToken jwt ? Optional.of(jwt) : Optional.empty();
    }
}
