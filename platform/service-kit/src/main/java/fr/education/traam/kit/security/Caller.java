package fr.education.traam.kit.security;

import org.springframework.security.oauth2.jwt.Jwt;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, as the token says: subject, roles, for académie-level users the ministry code of their académie
 * (e.g. {@code 25} for Versailles), which scopes what they may touch, and when the identity provider gives it the
 * professional e-mail address, by which the members of a working group are known.
 */
public record Caller(String subject, Set<Role> roles, String academy, String email) {

    public static final String ROLES_CLAIM = "roles";
    public static final String ACADEMY_CLAIM = "academy";
    public static final String EMAIL_CLAIM = "email";

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Caller of(Jwt jwt) {
        List<String> claimed = Optional.ofNullable(jwt.getClaimAsStringList(ROLES_CLAIM)).orElse(List.of());
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : claimed) {
            for (Role known : Role.values()) {
                if (known.name().equals(role)) {
                    roles.add(known);
                }
            }
        }
        String email = jwt.getClaimAsString(EMAIL_CLAIM);
        return new Caller(jwt.getSubject(), roles, jwt.getClaimAsString(ACADEMY_CLAIM),
                email == null ? null : email.trim().toLowerCase(Locale.ROOT));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public Optional<String> academyCode() {
        return Optional.ofNullable(academy);
    }

    /** The caller's professional address in lower case, when the token carries one. */
    public Optional<String> emailAddress() {
        return Optional.ofNullable(email);
    }
}
