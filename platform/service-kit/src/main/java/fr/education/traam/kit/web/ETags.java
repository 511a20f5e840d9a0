package fr.education.traam.kit.web;

import java.util.Optional;

/**
 * The strong entity tag of a versioned resource: its aggregate's version in quotes ({@code "3"}). The version changes
 * with every stored change of the aggregate, so the tag changes whenever the representation does (and sometimes when
 * only another part of the aggregate did, which costs a client one needless read, never a lost update).
 */
public final class ETags {

    private ETags() {
    }

    /** The {@code ETag} header value for {@code version}, quotes included. */
    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version an opaque tag (without its quotes) names, if it is one of ours. */
    static Optional<Long> version(String opaque) {
        if (opaque.isEmpty() || opaque.length() > 19 || !opaque.matches("-?[0-9]+")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(opaque));
    }
}
