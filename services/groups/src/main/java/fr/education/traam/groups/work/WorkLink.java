package fr.education.traam.groups.work;

import fr.education.traam.kit.domain.Refused;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * An address the platform links to (a visio, a Tribu space, a pad): absolute https only, since members follow it from
 * an authenticated page; without credentials (every member who reads the group would see them) or fragment.
 */
public record WorkLink(URI value) {

    public static final int MAX_LENGTH = 2000;

    public WorkLink {
        if (value == null || !acceptable(value)) {
            throw Refused.invalid("link", "a link is an https address without credentials or fragment");
        }
    }

    /** The link {@code raw} names, or a refusal naming {@code field}. */
    public static WorkLink accepted(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw Refused.invalid(field, field + " is an https address (https://…)");
        }
        String text = raw.strip();
        if (text.length() > MAX_LENGTH) {
            throw Refused.invalid(field, field + " is longer than " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException notAUrl) {
            throw Refused.invalid(field, field + " is not a URL: " + notAUrl.getReason());
        }
        if (!uri.isAbsolute() || uri.isOpaque() || !"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            throw Refused.invalid(field, field + " is an absolute https address (https://…)");
        }
        if (uri.getRawUserInfo() != null) {
            throw Refused.invalid(field, field + " carries no user name or password: every member who reads it would see them");
        }
        if (uri.getRawFragment() != null) {
            throw Refused.invalid(field, field + " has no fragment (#…)");
        }
        return new WorkLink(URI.create("https://" + uri.getRawAuthority().toLowerCase(Locale.ROOT)
                + (uri.getRawPath() == null ? "" : uri.getRawPath()) + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())));
    }

    private static boolean acceptable(URI uri) {
        return uri.isAbsolute() && !uri.isOpaque() && "https".equals(uri.getScheme()) && uri.getHost() != null
                && uri.getRawUserInfo() == null && uri.getRawFragment() == null && uri.toString().length() <= MAX_LENGTH;
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
