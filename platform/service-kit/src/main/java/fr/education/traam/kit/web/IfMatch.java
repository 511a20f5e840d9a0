package fr.education.traam.kit.web;

import fr.education.traam.kit.domain.ExpectedVersion;
import fr.education.traam.kit.domain.Refused;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads an {@code If-Match} header (RFC 9110 §13.1.1) as the {@link ExpectedVersion} of an update: absent or {@code *}
 * is any version; a list of entity tags is the versions they name. If-Match compares strongly, so a weak tag
 * ({@code W/"3"}) never matches, nor does a tag that is not one of our versions: the update is refused with 412. A
 * header that is not a list of entity tags at all is the client's mistake to correct: 400 naming {@code If-Match}.
 */
public final class IfMatch {

    public static final String HEADER = "If-Match";

    private IfMatch() {
    }

    /** @param values every {@code If-Match} field line of the request, in order; null or empty when there is none */
    public static ExpectedVersion parse(List<String> values) {
        if (values == null || values.isEmpty()) {
            return ExpectedVersion.any();
        }
        String joined = String.join(",", values).strip();
        if (joined.equals("*")) {
            return ExpectedVersion.any();
        }
        List<Long> versions = new ArrayList<>();
        int at = 0;
        while (at < joined.length()) {
            char c = joined.charAt(at);
            if (c == ',' || c == ' ' || c == '\t') {
                at++;
                continue;
            }
            boolean weak = joined.startsWith("W/", at);
            int open = weak ? at + 2 : at;
            if (open >= joined.length() || joined.charAt(open) != '"') {
                throw malformed(joined);
            }
            int close = joined.indexOf('"', open + 1);
            if (close < 0) {
                throw malformed(joined);
            }
            String opaque = joined.substring(open + 1, close);
            if (!weak) {
                ETags.version(opaque).ifPresent(versions::add);
            }
            at = close + 1;
            // Between two tags only a comma, with optional whitespace.
            while (at < joined.length() && (joined.charAt(at) == ' ' || joined.charAt(at) == '\t')) {
                at++;
            }
            if (at < joined.length() && joined.charAt(at) != ',') {
                throw malformed(joined);
            }
        }
        return ExpectedVersion.oneOf(versions);
    }

    private static Refused malformed(String value) {
        return Refused.invalid(HEADER, "If-Match must be * or a list of entity tags such as \"3\" (quotes included), not "
                + (value.length() > 40 ? value.substring(0, 40) + "…" : value));
    }
}
