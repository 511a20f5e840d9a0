package fr.education.traam.dissemination.newsletter;

import fr.education.traam.kit.domain.Refused;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Identity of an edition line, readable in feed addresses: {@code discipline-mathematiques}, or
 * {@code theme-<campaign id>-<theme id>}. Derived from what the line follows, so the same news always finds the
 * same line, on every instance, without a lookup.
 */
public record EditionLineId(String value) {

    private static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public EditionLineId {
        if (value == null || value.length() > 200 || !FORM.matcher(value).matches()) {
            throw new Refused(NewsletterRefusal.EDITION_LINE_NOT_FOUND, "no edition line " + value);
        }
    }

    public static EditionLineId forDiscipline(String discipline) {
        return new EditionLineId("discipline-" + slug(discipline));
    }

    public static EditionLineId forTheme(String campaignId, String themeId) {
        return new EditionLineId("theme-" + slug(campaignId) + "-" + slug(themeId));
    }

    /** {@code Histoire-géographie} → {@code histoire-geographie}. */
    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "sans-titre" : slug;
    }

    @Override
    public String toString() {
        return value;
    }
}
