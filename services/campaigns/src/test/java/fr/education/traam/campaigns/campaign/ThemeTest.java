package fr.education.traam.campaigns.campaign;

import fr.education.traam.contract.campaigns.ThemeCycle;
import fr.education.traam.contract.campaigns.ThemeKind;
import fr.education.traam.kit.domain.Refused;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThemeTest {

    private static final List<Expert> ONE_EXPERT = List.of(new Expert("e1", "Claire Martin"));

    @Test
    void a_theme_is_led_by_one_expert_or_a_pair() {
        List<Expert> three = List.of(new Expert("a", "A"), new Expert("b", "B"), new Expert("c", "C"));

        assertThatThrownBy(() -> theme(ThemeKind.TRANSDISCIPLINARY, List.of("SVT"), three, ThemeCycle.FIRST_YEAR, null))
                .isInstanceOfSatisfying(Refused.class, p -> assertThat(p.field()).isEqualTo("experts"));
        assertThatThrownBy(() -> theme(ThemeKind.TRANSDISCIPLINARY, List.of("SVT"), List.of(), ThemeCycle.FIRST_YEAR, null))
                .isInstanceOf(Refused.class);
    }

    @Test
    void disciplinary_themes_have_one_discipline_and_interdisciplinary_ones_several() {
        assertThatThrownBy(() -> theme(ThemeKind.DISCIPLINARY, List.of("SVT", "Maths"), ONE_EXPERT, ThemeCycle.FIRST_YEAR, null))
                .isInstanceOfSatisfying(Refused.class, p -> assertThat(p.field()).isEqualTo("disciplines"));
        assertThatThrownBy(() -> theme(ThemeKind.INTERDISCIPLINARY, List.of("SVT"), ONE_EXPERT, ThemeCycle.FIRST_YEAR, null))
                .isInstanceOf(Refused.class);
        assertThat(theme(ThemeKind.INTERDISCIPLINARY, List.of("SVT", "Maths"), ONE_EXPERT, ThemeCycle.FIRST_YEAR, null).capacity())
                .isEqualTo(Theme.USUAL_CAPACITY);
    }

    @Test
    void a_theme_keeps_its_disciplines_by_their_canonical_labels_once_each_and_refuses_unknown_ones() {
        Theme theme = theme(ThemeKind.INTERDISCIPLINARY, List.of("svt", "maths", "SVT"), ONE_EXPERT, ThemeCycle.FIRST_YEAR, null);

        assertThat(theme.disciplines()).containsExactly("Sciences de la vie et de la Terre", "Mathématiques");
        assertThat(theme.toContract().disciplines()).containsExactly("Sciences de la vie et de la Terre", "Mathématiques");
        // Two names of one discipline are one discipline: a disciplinary theme may say it twice.
        assertThat(theme(ThemeKind.DISCIPLINARY, List.of("SVT", "Sciences de la vie et de la terre"), ONE_EXPERT,
                ThemeCycle.FIRST_YEAR, null).disciplines()).containsExactly("Sciences de la vie et de la Terre");
        assertThatThrownBy(() -> theme(ThemeKind.INTERDISCIPLINARY, List.of("SVT", "Astrologie"), ONE_EXPERT, ThemeCycle.FIRST_YEAR, null))
                .isInstanceOfSatisfying(Refused.class, refused -> {
                    assertThat(refused.refusal()).isEqualTo(CampaignRefusal.UNKNOWN_DISCIPLINE);
                    assertThat(refused.field()).isEqualTo("disciplines");
                    assertThat(refused.facts()).containsEntry("unknownDisciplines", List.of("Astrologie"))
                            .containsEntry("disciplineList", Theme.DISCIPLINE_LIST);
                    assertThat(refused.getMessage()).contains("Astrologie");
                });
    }

    @Test
    void a_second_year_theme_names_the_theme_it_continues() {
        assertThatThrownBy(() -> theme(ThemeKind.DISCIPLINARY, List.of("SVT"), ONE_EXPERT, ThemeCycle.SECOND_YEAR, null))
                .isInstanceOfSatisfying(Refused.class, p -> assertThat(p.field()).isEqualTo("continuesThemeId"));
        assertThat(theme(ThemeKind.DISCIPLINARY, List.of("SVT"), ONE_EXPERT, ThemeCycle.SECOND_YEAR, new ThemeId("climat")).continues())
                .isEqualTo(new ThemeId("climat"));
    }

    @Test
    void a_theme_id_is_a_readable_slug_of_its_title() {
        assertThat(ThemeId.fromTitle("Intelligence artificielle & écriture !")).isEqualTo(new ThemeId("intelligence-artificielle-ecriture"));
        assertThatThrownBy(() -> new ThemeId("Pas Un Slug")).isInstanceOf(Refused.class);
    }

    @Test
    void a_school_year_spans_two_consecutive_years() {
        assertThat(SchoolYear.parse("2027-2028")).isEqualTo(new SchoolYear(2027));
        assertThatThrownBy(() -> SchoolYear.parse("2027-2029")).isInstanceOf(Refused.class);
    }

    private static Theme theme(ThemeKind kind, List<String> disciplines, List<Expert> experts, ThemeCycle cycle, ThemeId continues) {
        return new Theme(new ThemeId("t"), "Titre", "", kind, disciplines, experts, Theme.USUAL_CAPACITY, cycle, continues);
    }
}
