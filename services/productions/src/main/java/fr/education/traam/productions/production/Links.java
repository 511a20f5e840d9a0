package fr.education.traam.productions.production;

import fr.education.traam.kit.domain.Refused;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The web addresses a production names: checked where they are given, found where they are written in a text. */
final class Links {

    /** An address in running text, up to a space or a closing bracket; trailing punctuation is the sentence's. */
    private static final Pattern IN_TEXT = Pattern.compile("(?i)\\bhttps?://[^\\s<>\"')\\]]+");
    private static final int MAX = 2_000;

    private Links() {
    }

    /** An absolute http or https address with a host, or a refusal naming {@code field}. */
    static URI web(String field, String value) {
        if (value.length() > MAX) {
            throw Refused.invalid(field, field + " is longer than " + MAX + " characters");
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
                throw Refused.invalid(field, field + " must be an http or https address with a host, not '" + value + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw Refused.invalid(field, field + " is not a web address: " + e.getReason());
        }
    }

    /** The addresses written in a text; what does not parse as an address is text, not a link. */
    static List<URI> in(String text) {
        List<URI> links = new ArrayList<>();
        Matcher matcher = IN_TEXT.matcher(text);
        while (matcher.find()) {
            String found = matcher.group().replaceAll("[.,;:!?]+$", "");
            try {
                URI uri = new URI(found);
                if (uri.getHost() != null) {
                    links.add(uri);
                }
            } catch (URISyntaxException notALink) {
                // an address mistyped in running text is the author's prose; the gate checks hosts it can read
            }
        }
        return links;
    }

    /** The host of an address in lower case without a trailing dot, or "" when it has none. */
    static String host(URI uri) {
        String host = uri.getHost();
        return host == null ? "" : host.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
    }
}
