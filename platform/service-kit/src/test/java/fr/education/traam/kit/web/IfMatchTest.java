package fr.education.traam.kit.web;

import fr.education.traam.kit.domain.CommonRefusal;
import fr.education.traam.kit.domain.ExpectedVersion;
import fr.education.traam.kit.domain.Refused;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** If-Match as RFC 9110 reads it: strong comparison, lists, a star; our tags are versions in quotes. */
class IfMatchTest {

    @Test
    void no_header_and_a_star_ask_no_particular_version() {
        assertThat(IfMatch.parse(null)).isEqualTo(ExpectedVersion.any());
        assertThat(IfMatch.parse(List.of())).isEqualTo(ExpectedVersion.any());
        assertThat(IfMatch.parse(List.of(" * "))).isEqualTo(ExpectedVersion.any());
    }

    @Test
    void a_tag_names_its_version_and_a_list_names_each_over_several_lines() {
        assertThat(IfMatch.parse(List.of("\"3\""))).isEqualTo(ExpectedVersion.of(3));
        assertThat(IfMatch.parse(List.of("\"3\" , \"5\"", "\"-1\""))).isEqualTo(ExpectedVersion.oneOf(List.of(3L, 5L, -1L)));
    }

    @Test
    void weak_tags_and_tags_that_are_not_versions_match_no_version() {
        ExpectedVersion weak = IfMatch.parse(List.of("W/\"3\""));
        ExpectedVersion foreign = IfMatch.parse(List.of("\"a1b2\", \"99999999999999999999\""));

        assertThat(weak.matches(3)).isFalse();
        assertThat(foreign.isAny()).isFalse();
        assertThatThrownBy(() -> foreign.check(3, "ledger 7")).isInstanceOfSatisfying(Refused.class,
                refused -> assertThat(refused.refusal()).isEqualTo(CommonRefusal.STALE_VERSION));
        assertThat(IfMatch.parse(List.of("W/\"3\", \"3\"")).matches(3)).as("a strong tag beside a weak one").isTrue();
    }

    @ParameterizedTest(name = "[{0}] is not a list of entity tags")
    @ValueSource(strings = {"3", "\"3", "\"3\" \"4\"", "*, \"3\"", "W/3", "\"3\";x"})
    void a_header_that_is_no_list_of_tags_is_an_invalid_value_naming_it(String value) {
        assertThatThrownBy(() -> IfMatch.parse(List.of(value))).isInstanceOfSatisfying(Refused.class, refused -> {
            assertThat(refused.refusal()).isEqualTo(CommonRefusal.INVALID_VALUE);
            assertThat(refused.field()).isEqualTo("If-Match");
        });
    }
}
