package fr.education.traam.identity.account;

import fr.education.traam.reference.Academy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One person of the local platform, and what their tokens say of them.
 *
 * @param id      the login and the tokens' {@code sub}, e.g. {@code dan-lyon}
 * @param name    the {@code name} claim, as the web application greets them
 * @param email   the {@code email} claim, by which the groups know a member
 * @param roles   the {@code roles} claim
 * @param academy their académie, {@code null} for a national role
 */
public record DemoAccount(String id, String name, String email, List<PlatformRole> roles, Academy academy) {

    public DemoAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        roles = List.copyOf(roles);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException(id + " has no role");
        }
    }

    /** The {@code academy} claim, the ministry code of their académie; empty for a national role. */
    public Optional<String> academyCode() {
        return Optional.ofNullable(academy).map(Academy::code);
    }

    /** The {@code roles} claim's values. */
    public List<String> roleNames() {
        return roles.stream().map(PlatformRole::name).toList();
    }
}
