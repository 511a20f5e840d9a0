package fr.education.traam.reference.people;

import fr.education.traam.kit.domain.Refused;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The e-mail domains accepted as professional, such as {@code ac-*.fr} (any académie) and
 * {@code education.gouv.fr}. Configuration, not code: the ministry adds domains now and then. A {@code *}
 * stands for one label of letters, digits and hyphens; there is no implicit sub-domain.
 */
public record ProfessionalDomains(List<String> patterns) {

    public static final List<String> DEFAULTS = List.of("ac-*.fr", "education.gouv.fr");

    public ProfessionalDomains {
        patterns = patterns == null || patterns.isEmpty() ? DEFAULTS
                : patterns.stream().map(pattern -> pattern.trim().toLowerCase(Locale.ROOT)).toList();
    }

    public boolean accepts(EmailAddress address) {
        String domain = address.domain();
        return patterns.stream().anyMatch(pattern -> regex(pattern).matcher(domain).matches());
    }

    /** Refuses an address outside these domains, naming the request field it came from. */
    public void require(String field, EmailAddress address) {
        if (!accepts(address)) {
            throw Refused.invalid(field, address + " is not a professional address (accepted domains: "
                    + String.join(", ", patterns) + ")");
        }
    }

    private static Pattern regex(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (String part : pattern.split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append("[a-z0-9-]+");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }
}
