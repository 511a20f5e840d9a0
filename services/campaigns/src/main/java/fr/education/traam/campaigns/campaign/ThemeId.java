package fr.education.traam.campaigns.campaign;

import fr.education.traam.kit.domain.Refused;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Identity of a theme within its campaign: a readable slug such as {@code intelligence-artificielle}. */
public record ThemeId(String value) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public ThemeId {
        if (value == null || value.length() > 80 || !SLUG.matcher(value).matches()) {
            throw Refused.invalid("id", "theme id must be lower-case words joined by hyphens, at most 80 characters");
        }
    }

    /** {@code Intelligence artificielle & écriture} → {@code intelligence-artificielle-ecriture}. */
    public static ThemeId fromTitle(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 80) {
            slug = slug.substring(0, 80).replaceAll("-+$", "");
        }
        return new ThemeId(slug.isEmpty() ? "theme" : slug);
    }

    @Override
    public String toString() {
        return value;
    }
}
