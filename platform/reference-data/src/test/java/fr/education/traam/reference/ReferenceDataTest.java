package fr.education.traam.reference;

import fr.education.traam.reference.people.EmailAddress;
import fr.education.traam.reference.people.ProfessionalDomains;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The reference data against the domain facts: 30 académies in 18 régions académiques, 16 CRCN competences in 5 domains. */
class ReferenceDataTest {

    @Test
    void thirty_academies_each_with_its_own_two_digit_ministry_code() {
        assertThat(Academy.values()).hasSize(30);
        assertThat(Arrays.stream(Academy.values()).map(Academy::code).distinct()).hasSize(30)
                .allMatch(code -> code.matches("\\d{2}"));
        assertThat(Academy.byCode("25")).contains(Academy.VERSAILLES);
        assertThat(Academy.byCode("99")).isEmpty();
        assertThat(Academy.nameOf("18")).isEqualTo("Orléans-Tours");
        assertThat(Academy.nameOf("99")).isEqualTo("99");
    }

    @Test
    void each_academie_has_its_own_mail_domain_which_the_platform_accepts_as_professional() {
        ProfessionalDomains professional = new ProfessionalDomains(ProfessionalDomains.DEFAULTS);
        assertThat(Arrays.stream(Academy.values()).map(Academy::domain).distinct()).hasSize(30)
                .allSatisfy(domain -> assertThat(professional.accepts(new EmailAddress("dan@" + domain))).as(domain).isTrue());
        assertThat(Academy.LYON.domain()).isEqualTo("ac-lyon.fr");
        assertThat(Academy.CLERMONT_FERRAND.domain()).isEqualTo("ac-clermont.fr");
        assertThat(Academy.LA_REUNION.domain()).isEqualTo("ac-reunion.fr");
        assertThat(Academy.ORLEANS_TOURS.domain()).isEqualTo("ac-orleans-tours.fr");
    }

    @Test
    void eighteen_regions_academiques_every_one_with_its_academies() {
        Map<AcademicRegion, Long> academies = Arrays.stream(Academy.values())
                .collect(Collectors.groupingBy(Academy::region, Collectors.counting()));
        assertThat(academies).hasSize(18).containsEntry(AcademicRegion.ILE_DE_FRANCE, 3L).containsEntry(AcademicRegion.GRAND_EST, 3L)
                .containsEntry(AcademicRegion.MAYOTTE, 1L);
        assertThat(Academy.of(AcademicRegion.AUVERGNE_RHONE_ALPES))
                .containsExactly(Academy.CLERMONT_FERRAND, Academy.GRENOBLE, Academy.LYON);
    }

    @Test
    void sixteen_crcn_competences_in_five_domains_keyed_by_code() {
        assertThat(CrcnCompetence.ALL).hasSize(16);
        assertThat(CrcnCompetence.ALL).allSatisfy(competence ->
                assertThat(competence.code()).startsWith(competence.domain().number() + "."));
        assertThat(CrcnCompetence.ALL.stream().map(CrcnCompetence::domain).distinct()).hasSize(5);
        assertThat(CrcnCompetence.byCode("3.4")).hasValueSatisfying(c -> assertThat(c.label()).isEqualTo("Programmer"));
        assertThat(CrcnCompetence.byCode("6.1")).isEmpty();
    }

    @Test
    void an_academie_s_name_after_de_is_elided_before_a_vowel_as_french_writes_it() {
        assertThat(Academy.ofName(Academy.LYON.label())).isEqualTo("de Lyon");
        assertThat(Arrays.stream(Academy.values()).filter(a -> Academy.ofName(a.label()).startsWith("d'")).map(Academy::label))
                .containsExactlyInAnyOrder("Aix-Marseille", "Amiens", "Orléans-Tours");
    }
}
