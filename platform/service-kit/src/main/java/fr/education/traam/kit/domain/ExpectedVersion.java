package fr.education.traam.kit.domain;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The version of an aggregate a change is asked of, as the client named it in {@code If-Match}: any version (no
 * precondition, or {@code *}), one of a few versions, or none at all (only tags that can never match ours). A use case
 * checks it against the version it loaded before changing anything, so that a client working from a stale read is
 * refused rather than overwriting what it has not seen.
 */
public final class ExpectedVersion {

    private static final ExpectedVersion ANY = new ExpectedVersion(null);

    /** Null for any version; otherwise the versions that may be changed, possibly none. */
    private final Set<Long> versions;

    private ExpectedVersion(Set<Long> versions) {
        this.versions = versions;
    }

    /** No precondition: the change applies to whatever version is current. */
    public static ExpectedVersion any() {
        return ANY;
    }

    public static ExpectedVersion of(long version) {
        return new ExpectedVersion(Set.of(version));
    }

    /** One of {@code versions}; an empty collection matches no version, so the change is always refused. */
    public static ExpectedVersion oneOf(Collection<Long> versions) {
        return new ExpectedVersion(Set.copyOf(new TreeSet<>(versions)));
    }

    public boolean isAny() {
        return versions == null;
    }

    public boolean matches(long current) {
        return versions == null || versions.contains(current);
    }

    /**
     * Refuses with {@link CommonRefusal#STALE_VERSION} when {@code current} is not an expected version.
     *
     * @param resource the resource in words, for the message ({@code "campaign 2026-27-ia"})
     */
    public void check(long current, String resource) {
        if (!matches(current)) {
            String message = "%s is at version %d, not the one named in If-Match; read it again and retry with its current ETag."
                    .formatted(Objects.requireNonNull(resource), current);
            throw new Refused(CommonRefusal.STALE_VERSION, message).with("currentVersion", current);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExpectedVersion that && Objects.equals(versions, that.versions);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(versions);
    }

    @Override
    public String toString() {
        return versions == null ? "any version" : "one of versions " + new TreeSet<>(versions);
    }
}
