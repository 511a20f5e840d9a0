package fr.education.traam.reference.people;

import fr.education.traam.kit.domain.Refused;

import java.util.Locale;
import java.util.regex.Pattern;

/** An e-mail address, kept in lower case so that one person is one address whatever the spelling. */
public record EmailAddress(String value) {

    /** Deliberately plain: local part, {@code @}, a dotted domain; the web layer checks requests with the same one. */
    public static final String PATTERN = "[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}";
    private static final Pattern FORM = Pattern.compile(PATTERN);

    public EmailAddress {
        if (value == null || !FORM.matcher(value.trim()).matches()) {
            throw Refused.invalid("email", "not an e-mail address: " + value);
        }
        value = value.trim().toLowerCase(Locale.ROOT);
    }

    /** What follows the {@code @}, e.g. {@code ac-lyon.fr}. */
    public String domain() {
        return value.substring(value.indexOf('@') + 1);
    }

    @Override
    public String toString() {
        return value;
    }
}
