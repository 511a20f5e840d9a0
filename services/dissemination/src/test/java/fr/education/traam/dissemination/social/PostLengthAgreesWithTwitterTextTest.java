package fr.education.traam.dissemination.social;

import com.twitter.twittertext.TwitterTextParser;
import fr.education.traam.contract.productions.ProductionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link PostLength} counts as X's own library, twitter-text, does: the drafts the queue writes and the texts an
 * editor may type, with accents, typographic signs, emoji and links. Where they differ by design (an emoji sequence
 * joined by zero-width joiners), ours counts more, never less.
 */
class PostLengthAgreesWithTwitterTextTest {

    private static final String LINK = "https://lettres.ac-lyon.fr/traam/production-42-reecrire-un-conte-avec-une-intelligence-artificielle";

    static Stream<String> texts() {
        Instant at = Instant.parse("2027-10-04T08:30:00Z");
        return Stream.of(
                "Sélection nationale : 2 académies retenues pour le thème « IA et écriture » : Lyon, Versailles " + LINK + " #TraAM #Lettres",
                SocialPostDraft.forProduction("e1", at, ProductionType.SCENARIO, "x".repeat(400), "Lyon", List.of(), LINK).text(),
                SocialPostDraft.forProduction("e2", at, ProductionType.SYNTHESIS, "Écrire, réécrire et comparer : "
                        + "une séquence très détaillée sur les contes ".repeat(10), "Orléans-Tours", List.of("Lettres", "Histoire-Géographie"), LINK).text(),
                SocialPostDraft.forSelection("e3", at, "campaign-2027/ia", "y".repeat(230), List.of("Lyon", "Versailles"), List.of("Lettres"), LINK).text(),
                Normalizer.normalize("Éducation, écriture, « thème » et l’IA", Normalizer.Form.NFD),
                "Trois points… et un euro € " + LINK + ".",
                "Bravo 🎉 aux élèves ! 数学 " + LINK + " et http://a.fr",
                "(voir " + LINK + "), puis " + LINK + "?",
                "é".repeat(256) + " " + LINK,
                "…".repeat(129) + " " + LINK,
                "— tiret cadratin, ‘guillemets’, “anglais”, • puce, ‰ pour mille, ′ prime");
    }

    @ParameterizedTest
    @MethodSource("texts")
    void counts_a_text_as_x_s_own_library_does(String text) {
        assertThat(PostLength.of(text)).isEqualTo(TwitterTextParser.parseTweet(text).weightedLength);
    }

    @ParameterizedTest
    @MethodSource("texts")
    void a_text_fits_exactly_when_x_says_it_is_valid(String text) {
        assertThat(PostLength.fits(text)).isEqualTo(TwitterTextParser.parseTweet(text).isValid);
    }

    @Test
    void counts_an_emoji_sequence_joined_by_zero_width_joiners_more_than_x_never_less() {
        String family = "Famille 👨‍👩‍👧 " + LINK;

        assertThat(PostLength.of(family)).isGreaterThan(TwitterTextParser.parseTweet(family).weightedLength);
    }
}
