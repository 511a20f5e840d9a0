package fr.education.traam.candidatures.reference;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceDataTest {

    @Test
    void there_are_thirty_academies_in_eighteen_regions_with_distinct_ministry_codes() {
        assertThat(Academy.values()).hasSize(30);
        assertThat(Arrays.stream(Academy.values()).map(Academy::code).distinct()).hasSize(30);
        assertThat(Arrays.stream(Academy.values()).map(Academy::region).distinct()).hasSize(18);
        assertThat(Academy.byCode("25")).contains(Academy.VERSAILLES);
        assertThat(Academy.byCode("10")).contains(Academy.LYON);
        assertThat(Academy.byCode("99")).isEmpty();
    }

    @Test
    void the_crcn_has_sixteen_competences_in_five_domains() {
        assertThat(CrcnCompetence.ALL).hasSize(16);
        assertThat(CrcnCompetence.ALL.stream().map(CrcnCompetence::domain).distinct()).hasSize(5);
        assertThat(CrcnCompetence.ALL).allSatisfy(c -> assertThat(c.code()).startsWith(c.domain().number() + "."));
        assertThat(CrcnCompetence.byCode("3.4")).hasValueSatisfying(c -> assertThat(c.label()).isEqualTo("Programmer"));
        assertThat(CrcnCompetence.byCode("2.5")).isEmpty();
    }
}
