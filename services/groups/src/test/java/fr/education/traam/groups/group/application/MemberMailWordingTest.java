package fr.education.traam.groups.group.application;

import fr.education.traam.contract.candidatures.AcademyDetails;
import fr.education.traam.contract.groups.ClosingReason;
import fr.education.traam.contract.groups.GroupKind;
import fr.education.traam.contract.groups.GroupMemberSeat;
import fr.education.traam.contract.groups.GroupReference;
import fr.education.traam.contract.groups.MemberRole;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The French of the members' mails where the templates cannot see it: elisions, and a national referent's académie. */
class MemberMailWordingTest {

    private static final GroupReference AIX = new GroupReference("g", GroupKind.ACADEMIC, "c", "t",
            new AcademyDetails("02", "Aix-Marseille"));
    private static final GroupReference NATIONAL = new GroupReference("n", GroupKind.NATIONAL, "c", "t", null);

    @Test
    void an_academie_whose_name_starts_with_a_vowel_is_elided() {
        assertThat(MemberMailWording.group(AIX)).isEqualTo("le groupe académique d'Aix-Marseille");
        assertThat(MemberMailWording.ofGroup(AIX)).isEqualTo("du groupe académique d'Aix-Marseille");
        assertThat(MemberMailWording.ofAcademy("Lyon")).isEqualTo("de Lyon");
        assertThat(MemberMailWording.ofAcademy("Orléans-Tours")).isEqualTo("d'Orléans-Tours");
        assertThat(MemberMailWording.closing(AIX, ClosingReason.NOT_CONTINUED))
                .isEqualTo("la sélection de deuxième année du thème ne retient pas l'académie d'Aix-Marseille");
    }

    @Test
    void a_national_referent_represents_their_academie_and_the_national_group_is_asked_of_its_experts() {
        assertThat(MemberMailWording.role(NATIONAL, new GroupMemberSeat("m", MemberRole.REFERENT, null, "02")))
                .isEqualTo("référent national pour l'académie d'Aix-Marseille");
        assertThat(MemberMailWording.role(AIX, new GroupMemberSeat("m", MemberRole.REFERENT, null, null)))
                .isEqualTo("référent académique");
        assertThat(MemberMailWording.role(NATIONAL, new GroupMemberSeat("m", MemberRole.DNE_EXPERT, null, null))).isEqualTo("expert DNE");
        assertThat(MemberMailWording.ofGroup(NATIONAL)).isEqualTo("du groupe national");
        assertThat(MemberMailWording.contact(NATIONAL)).isEqualTo("aux experts DNE du thème, responsables du groupe national");
    }
}
