package fr.education.traam.kit.security;

import org.springframework.security.oauth2.jwt.Jwt;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, as the token says: subject, roles, and for académie-level users the ministry code of
 * their académie (e.g. {@code 25} for Versailles), which scopes what they may touch.
 */
public record Caller(String subject, Set<Role> roles, String academy) {

    public static final String ROLES_CLAIM = "roles";
    public static final String ACADEMY_CLAIM = "academy";

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
        return new Caller(jwt.getSubject(), roles, jwt.getClaimAsString(ACADEMY_CLAIM));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public Optional<String> academyCode() {
        return Optional.ofNullable(academy);
    }
}
