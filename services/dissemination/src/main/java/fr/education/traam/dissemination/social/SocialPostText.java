package fr.education.traam.dissemination.social;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a post that fits in {@link PostLength#MAX} as X counts it: {@code before}, the title, {@code after}, then
 * the link and {@code #TraAM}, which always stay whole. When that is too long the title is cut, at a word when one
 * ends late enough, and ends with "…"; then {@code detail} and the disciplines' hashtags are added while they fit.
 */
public final class SocialPostText {

    public static final String TRAAM = "#TraAM";
    private static final String ELLIPSIS = "…";

    private SocialPostText() {
    }

    /**
     * @param before      what precedes the title, e.g. {@code Nouveau scénario pédagogique … : « }
     * @param title       the only part that may be cut
     * @param after       what closes the title, e.g. {@code  »}
     * @param detail      a phrase after the title, kept only when it fits whole (may be empty)
     * @param link        where readers learn more, never cut
     * @param disciplines each becomes a hashtag when it fits
     */
    public static String compose(String before, String title, String after, String detail, String link, List<String> disciplines) {
        String head = nfc(before);
        String tail = nfc(after);
        String fullTitle = nfc(title == null ? "" : title.strip());
        String end = " " + link + " " + TRAAM;
        String text = head + fullTitle + tail + end;
        if (!PostLength.fits(text)) {
            text = head + cut(fullTitle, head, tail + end) + tail + end;
        }
        String withDetail = text.substring(0, text.length() - end.length()) + nfc(detail) + end;
        if (!detail.isEmpty() && PostLength.fits(withDetail)) {
            text = withDetail;
        }
        for (String tag : hashtags(disciplines)) {
            if (PostLength.fits(text + " " + tag)) {
                text = text + " " + tag;
            }
        }
        return text;
    }

    /** {@code Histoire-Géographie} becomes {@code #HistoireGéographie}: X ends a hashtag at a hyphen or a space. */
    public static String hashtag(String discipline) {
        StringBuilder tag = new StringBuilder("#");
        for (String word : nfc(discipline).split("[^\\p{L}\\p{N}_]+")) {
            if (!word.isEmpty()) {
                tag.appendCodePoint(Character.toUpperCase(word.codePointAt(0))).append(word.substring(word.offsetByCodePoints(0, 1)));
            }
        }
        return tag.toString();
    }

    private static List<String> hashtags(List<String> disciplines) {
        Set<String> tags = new LinkedHashSet<>();
        for (String discipline : disciplines == null ? List.<String>of() : disciplines) {
            String tag = hashtag(discipline);
            if (tag.length() > 1 && !tag.equalsIgnoreCase(TRAAM)) {
                tags.add(tag);
            }
        }
        return new ArrayList<>(tags);
    }

    /** The longest start of {@code title} that fits between {@code head} and {@code rest}, ending with "…". */
    private static String cut(String title, String head, String rest) {
        int[] codePoints = title.codePoints().toArray();
        for (int kept = codePoints.length - 1; kept > 0; kept--) {
            String shortened = atWord(new String(codePoints, 0, kept)) + ELLIPSIS;
            if (PostLength.fits(head + shortened + rest)) {
                return shortened;
            }
        }
        return ELLIPSIS;
    }

    /** Drops a word cut in two when a whole one ends in the second half, and the spaces and commas before the "…". */
    private static String atWord(String start) {
        int space = start.lastIndexOf(' ');
        String kept = space >= start.length() / 2 ? start.substring(0, space) : start;
        return kept.replaceAll("[\\s,;:\\-–]+$", "");
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
