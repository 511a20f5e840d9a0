package fr.education.traam.dissemination.social;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;

/** A post's length as X counts it (twitter-text configuration v3), not as Java's {@code String.length()} does. */
class PostLengthTest {

    @Test
    void a_link_weighs_23_characters_whether_it_is_longer_or_shorter() {
        String longLink = "https://eduscol.education.gouv.fr/traam/" + "a".repeat(200);

        assertThat(PostLength.of("Voir " + longLink)).isEqualTo(5 + 23);
        assertThat(PostLength.of("Voir http://a.fr")).isEqualTo(5 + 23);
        assertThat(PostLength.of(longLink + " et " + longLink)).isEqualTo(23 + 4 + 23);
    }

    @Test
    void punctuation_that_ends_a_sentence_is_not_part_of_the_link_before_it() {
        assertThat(PostLength.of("Lire https://ac-lyon.fr/traam.")).isEqualTo(5 + 23 + 1);
        assertThat(PostLength.linksIn("(voir https://ac-lyon.fr/traam), puis")).containsExactly("https://ac-lyon.fr/traam");
    }

    @Test
    void an_accented_letter_weighs_one_even_when_written_as_a_letter_and_a_combining_accent() {
        String composed = "Éducation, écriture, « thème »";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);

        assertThat(decomposed.length()).isGreaterThan(composed.length());
        assertThat(PostLength.of(composed)).isEqualTo(composed.length());
        assertThat(PostLength.of(decomposed)).isEqualTo(composed.length());
        assertThat(PostLength.of("l’IA")).as("the typographic apostrophe").isEqualTo(4);
    }

    @Test
    void the_ellipsis_the_euro_sign_and_an_emoji_weigh_two() {
        assertThat(PostLength.of("…")).isEqualTo(2);
        assertThat(PostLength.of("€")).isEqualTo(2);
        assertThat(PostLength.of("🎉")).as("one code point, two UTF-16 chars").isEqualTo(2);
        assertThat(PostLength.of("数学")).isEqualTo(4);
    }

    @Test
    void the_limit_is_280() {
        assertThat(PostLength.fits("a".repeat(280))).isTrue();
        assertThat(PostLength.fits("a".repeat(281))).isFalse();
        assertThat(PostLength.fits("a".repeat(256) + " https://example.fr/" + "x".repeat(300))).as("256 + 1 + 23").isTrue();
    }
}
