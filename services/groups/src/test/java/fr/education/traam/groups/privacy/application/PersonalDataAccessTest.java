package fr.education.traam.groups.privacy.application;

import fr.education.traam.groups.person.Person;
import fr.education.traam.groups.privacy.PersonalData;
import fr.education.traam.kit.security.Caller;
import fr.education.traam.kit.security.Role;
import fr.education.traam.reference.people.EmailAddress;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static fr.education.traam.groups.group.GroupMother.academic;
import static fr.education.traam.groups.group.GroupMother.closed;
import static fr.education.traam.groups.group.GroupMother.national;
import static fr.education.traam.groups.group.GroupMother.nationalReferent;
import static fr.education.traam.groups.group.GroupMother.teacher;
import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataAccessTest {

    private final Person teacher = Person.known("Hugo Lemaire", new EmailAddress("hugo.lemaire@ac-lyon.fr"));
    private final PersonalData inLyonAndOnceInGrenoble = PersonalData.of(teacher, List.of(
            academic("campaign-2027", "10", "Lyon", teacher(teacher.id())),
            closed(academic("campaign-2026", "08", "Grenoble", teacher(teacher.id())), Instant.now()),
            national("campaign-2027", nationalReferent(teacher.id(), "02"))));

    @Test
    void an_operator_reaches_anyone() {
        assertThat(access(Role.OPERATOR, null).mayReach(inLyonAndOnceInGrenoble)).isTrue();
    }

    @Test
    void the_dan_of_an_académie_whose_academic_group_the_person_sits_or_sat_in_reaches_them() {
        assertThat(access(Role.DAN, "10").mayReach(inLyonAndOnceInGrenoble)).isTrue();
        assertThat(access(Role.DAN, "08").mayReach(inLyonAndOnceInGrenoble)).as("a closed group").isTrue();
    }

    @Test
    void nobody_else_does_not_even_the_dan_of_the_académie_a_national_referent_represents() {
        assertThat(access(Role.DAN, "02").mayReach(inLyonAndOnceInGrenoble)).isFalse();
        assertThat(access(Role.DAN, null).mayReach(inLyonAndOnceInGrenoble)).isFalse();
        assertThat(access(Role.ACADEMIC_INSPECTOR, "10").mayReach(inLyonAndOnceInGrenoble)).isFalse();
        assertThat(access(Role.DNE_EXPERT, null).mayReach(inLyonAndOnceInGrenoble)).isFalse();
    }

    private static PersonalDataAccess access(Role role, String academy) {
        return new PersonalDataAccess(new Caller("someone", Set.of(role), academy, null));
    }
}
