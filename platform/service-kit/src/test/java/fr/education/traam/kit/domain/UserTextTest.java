package fr.education.traam.kit.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserTextTest {

    @Test
    void text_is_kept_composed_with_line_feeds_only() {
        assertThat(UserText.normalised("Cre\u0301teil\r\nLyon\rNice")).isEqualTo("Cr\u00e9teil\nLyon\nNice");
        assertThat(UserText.normalised(null)).isNull();
    }

    @Test
    void tabs_line_feeds_and_every_script_are_text() {
        assertThat(UserText.fault("Académie\tde Créteil\n« Retenue » — 数学 — عربى — 😀")).isEmpty();
    }

    @Test
    void a_domain_accepts_text_within_its_bound_counted_in_characters() {
        assertThat(UserText.accepted("title", "😀".repeat(10), 10)).isEqualTo("😀".repeat(10));
        assertThatThrownBy(() -> UserText.accepted("title", "x".repeat(11), 10)).isInstanceOfSatisfying(Refused.class,
                refused -> assertThat(refused.field()).isEqualTo("title"));
        assertThatThrownBy(() -> UserText.accepted("title", "a\u0000b", 10)).isInstanceOfSatisfying(Refused.class,
                refused -> assertThat(refused.getMessage()).contains("U+0000"));
    }

    @ParameterizedTest(name = "{0} is kept as {1}")
    @CsvSource(delimiter = '|', value = {
            "lyon.xlsx                                 | lyon.xlsx",
            "C:\\Users\\dan\\Documents\\lyon.xlsx      | lyon.xlsx",
            "../../etc/passwd                          | passwd",
            "/var/tmp/.hidden.csv                      | hidden.csv",
            "..                                        | upload",
            "''                                        | upload"})
    void an_uploaded_file_keeps_its_last_name_only(String sent, String kept) {
        assertThat(UserText.fileName(sent, 100, "upload")).isEqualTo(kept);
    }

    @Test
    void an_uploaded_file_name_loses_its_control_characters_and_keeps_its_extension_when_shortened() {
        assertThat(UserText.fileName("lyon\u0000\u202e.xlsx", 100, "upload")).isEqualTo("lyon.xlsx");
        assertThat(UserText.fileName("x".repeat(300) + ".xlsx", 20, "upload")).isEqualTo("x".repeat(15) + ".xlsx");
    }
}
