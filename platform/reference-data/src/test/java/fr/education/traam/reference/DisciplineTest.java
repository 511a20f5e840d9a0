package fr.education.traam.reference;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** What people type for a discipline, recognised whatever its case and accents; anything else is no discipline. */
class DisciplineTest {

    @Test
    void recognises_the_disciplines_the_platform_s_themes_samples_and_seeds_name() {
        // Every discipline named in the repository's tests, samples, README, docs and benchmark seeds.
        assertThat(Discipline.byName("Lettres")).contains(Discipline.LETTRES);
        assertThat(Discipline.byName("Philosophie")).contains(Discipline.PHILOSOPHIE);
        assertThat(Discipline.byName("Mathématiques")).contains(Discipline.MATHEMATIQUES);
        assertThat(Discipline.byName("Maths")).contains(Discipline.MATHEMATIQUES);
        assertThat(Discipline.byName("SVT")).contains(Discipline.SCIENCES_DE_LA_VIE_ET_DE_LA_TERRE);
        assertThat(Discipline.byName("Physique-chimie")).contains(Discipline.PHYSIQUE_CHIMIE);
        assertThat(Discipline.byName("Histoire-géographie")).contains(Discipline.HISTOIRE_GEOGRAPHIE);
        assertThat(Discipline.byName("Histoire-Géographie")).contains(Discipline.HISTOIRE_GEOGRAPHIE);
        assertThat(Discipline.byName("Anglais")).contains(Discipline.ANGLAIS);
        assertThat(Discipline.byName("Éducation musicale")).contains(Discipline.EDUCATION_MUSICALE);
        assertThat(Discipline.byName("Arts plastiques")).contains(Discipline.ARTS_PLASTIQUES);
        assertThat(Discipline.byName("EPS")).contains(Discipline.EDUCATION_PHYSIQUE_ET_SPORTIVE);
        assertThat(Discipline.byName("Technologie")).contains(Discipline.TECHNOLOGIE);
        assertThat(Discipline.byName("Documentation")).contains(Discipline.DOCUMENTATION);
        assertThat(Discipline.byName("Sciences économiques et sociales")).contains(Discipline.SCIENCES_ECONOMIQUES_ET_SOCIALES);
    }

    @Test
    void tolerates_case_accents_hyphens_and_spacing() {
        assertThat(Discipline.byName("  mathematiques ")).contains(Discipline.MATHEMATIQUES);
        assertThat(Discipline.byName("HISTOIRE GEOGRAPHIE")).contains(Discipline.HISTOIRE_GEOGRAPHIE);
        assertThat(Discipline.byName("education   physique et sportive")).contains(Discipline.EDUCATION_PHYSIQUE_ET_SPORTIVE);
        assertThat(Discipline.byName("svt")).contains(Discipline.SCIENCES_DE_LA_VIE_ET_DE_LA_TERRE);
        assertThat(Discipline.byName("physique_chimie")).contains(Discipline.PHYSIQUE_CHIMIE);
    }

    @Test
    void names_no_discipline_for_other_text() {
        assertThat(Discipline.byName("Astrologie")).isEmpty();
        assertThat(Discipline.byName("Math")).isEmpty();
        assertThat(Discipline.byName("")).isEmpty();
        assertThat(Discipline.byName(null)).isEmpty();
    }

    @Test
    void knows_the_disciplines_of_digital_education_projects_beyond_the_collège_s() {
        assertThat(Discipline.byName("SNT")).contains(Discipline.SCIENCES_NUMERIQUES_ET_TECHNOLOGIE);
        assertThat(Discipline.byName("nsi")).contains(Discipline.NUMERIQUE_ET_SCIENCES_INFORMATIQUES);
        assertThat(Discipline.byName("Economie-gestion")).contains(Discipline.ECONOMIE_ET_GESTION);
        assertThat(Discipline.byName("Lettres-histoire-géographie")).contains(Discipline.LETTRES_HISTOIRE_GEOGRAPHIE);
        assertThat(Discipline.byName("polyvalent")).contains(Discipline.ENSEIGNEMENT_DU_PREMIER_DEGRE);
        assertThat(Discipline.byName("Latin")).contains(Discipline.LANGUES_ET_CULTURES_DE_L_ANTIQUITE);
    }

    @Test
    void recognising_a_list_gives_the_canonical_labels_once_each_and_what_is_no_discipline() {
        Discipline.Recognition recognition = Discipline.recognise(
                java.util.Arrays.asList("svt", "Mathématiques", "SVT", " Astrologie ", "Sciences de la vie et de la terre", "Astrologie"));

        assertThat(recognition.labels()).containsExactly("Sciences de la vie et de la Terre", "Mathématiques");
        assertThat(recognition.unknown()).containsExactly("Astrologie");
        assertThat(recognition.complete()).isFalse();
        assertThat(Discipline.recognise(java.util.List.of("maths")).complete()).isTrue();
        assertThat(Discipline.labels()).hasSize(Discipline.values().length).contains("Sciences numériques et technologie");
    }

    @Test
    void every_label_and_alias_names_its_own_discipline_only() {
        assertThat(Arrays.stream(Discipline.values())).allSatisfy(discipline -> {
            assertThat(Discipline.byName(discipline.label())).contains(discipline);
            assertThat(discipline.aliases()).allSatisfy(alias -> assertThat(Discipline.byName(alias)).contains(discipline));
        });
    }
}
