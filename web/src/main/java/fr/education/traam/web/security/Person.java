package fr.education.traam.web.security;

import fr.education.traam.reference.Academy;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A logged-in person as their token says: the account ({@code sub}), the name to greet them by, their address,
 * their roles and, below the national level, their académie.
 */
public record Person(String subject, String name, String email, List<Role> roles, Academy academy) {

    public Person {
        Objects.requireNonNull(subject, "subject");
        roles = List.copyOf(roles);
    }

    /** Reads the claims of the contract: {@code sub}, {@code name}, {@code email}, {@code roles}, {@code academy}. */
    public static Person of(Jwt jwt) {
        List<String> claimed = Optional.ofNullable(jwt.getClaimAsStringList("roles")).orElse(List.of());
        List<Role> roles = claimed.stream().map(Role::named).flatMap(Optional::stream).distinct().sorted().toList();
        String academy = jwt.getClaimAsString("academy");
        return new Person(jwt.getSubject(), jwt.getClaimAsString("name"), jwt.getClaimAsString("email"), roles,
                academy == null ? null : Academy.byCode(academy).orElse(null));
    }

    /** How the header greets them: their name, else their address, else their account (a script's token has neither). */
    public String displayName() {
        if (name != null && !name.isBlank()) {
            return name;
        }
        return email != null && !email.isBlank() ? email : subject;
    }

    /** Their roles in French, joined: "Délégation académique au numérique (DAN)". */
    public String rolesLabel() {
        return String.join(", ", roles.stream().map(Role::label).toList());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public Optional<Academy> academyOf() {
        return Optional.ofNullable(academy);
    }
}
