package fr.education.traam.dissemination.social;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a post is as X (Twitter) counts it, by the rules of twitter-text's configuration v3: the text is read in
 * Unicode NFC, <strong>every link weighs 23 characters</strong> whatever its real length (X wraps it in t.co), a
 * code point in U+0000–U+10FF, U+2000–U+200D, U+2010–U+201F or U+2032–U+2037 weighs 1 (Latin letters with their
 * accents, « », the typographic apostrophe) and any other weighs 2 (the ellipsis "…", "€", emoji, CJK). The limit
 * is 280. Two simplifications, both on the safe side or left to the editor: a link is an {@code http(s)://} address
 * (a bare domain such as {@code eduscol.education.fr} counts its own characters), and an emoji sequence joined by
 * zero-width joiners counts each of its code points where X counts it once.
 */
public final class PostLength {

    public static final int MAX = 280;
    public static final int LINK = 23;

    private static final Pattern URL = Pattern.compile("https?://[^\\s]+", Pattern.CASE_INSENSITIVE);
    /** X leaves punctuation that ends a sentence out of the link before it. */
    private static final String TRAILING = ".,;:!?)]}»\"'’";

    private PostLength() {
    }

    /** The weighted length of {@code text}, as X would count it. */
    public static int of(String text) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC);
        int length = 0;
        int from = 0;
        for (int[] link : links(normalized)) {
            length += weigh(normalized.substring(from, link[0])) + LINK;
            from = link[1];
        }
        return length + weigh(normalized.substring(from));
    }

    public static boolean fits(String text) {
        return of(text) <= MAX;
    }

    /** The links of {@code text}, as X would find them. */
    public static List<String> linksIn(String text) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC);
        return links(normalized).stream().map(link -> normalized.substring(link[0], link[1])).toList();
    }

    private static List<int[]> links(String text) {
        List<int[]> links = new ArrayList<>();
        Matcher matcher = URL.matcher(text);
        while (matcher.find()) {
            int end = matcher.end();
            while (end > matcher.start() && TRAILING.indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            links.add(new int[]{matcher.start(), end});
        }
        return links;
    }

    private static int weigh(String text) {
        return text.codePoints().map(PostLength::weight).sum();
    }

    private static int weight(int codePoint) {
        boolean light = codePoint <= 0x10FF
                || (codePoint >= 0x2000 && codePoint <= 0x200D)
                || (codePoint >= 0x2010 && codePoint <= 0x201F)
                || (codePoint >= 0x2032 && codePoint <= 0x2037);
        return light ? 1 : 2;
    }
}
