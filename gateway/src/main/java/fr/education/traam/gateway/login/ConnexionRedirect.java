package fr.education.traam.gateway.login;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /connexion}, the header's "Se connecter": the security chain has sent whoever was not logged in to the
 * provider and back here, so whoever reaches this is logged in, and goes to their space.
 */
@RestController
class ConnexionRedirect {

    static final String PATH = "/connexion";
    static final String SPACE = "/espace";

    @GetMapping(PATH)
    ResponseEntity<Void> toTheSpace() {
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(SPACE)).build();
    }
}
