package fr.education.traam.groups.privacy;

import fr.education.traam.contract.groups.MemberRole;
import fr.education.traam.groups.group.WorkingGroup;
import fr.education.traam.groups.person.Person;
import fr.education.traam.groups.person.PersonId;
import fr.education.traam.reference.people.EmailAddress;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static fr.education.traam.groups.group.GroupMother.academic;
import static fr.education.traam.groups.group.GroupMother.closed;
import static fr.education.traam.groups.group.GroupMother.national;
import static fr.education.traam.groups.group.GroupMother.nationalReferent;
import static fr.education.traam.groups.group.GroupMother.pilotingInspector;
import static fr.education.traam.groups.group.GroupMother.teacher;
import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataTest {

    private final Person referent = Person.known("Nadia Ferhat", new EmailAddress("nadia.ferhat@ac-lyon.fr"));
    private final PersonId someoneElse = PersonId.random();

    @Test
    void holds_a_seat_for_each_group_the_person_sits_in_and_none_for_the_others() {
        WorkingGroup lyon = academic("campaign-2027", "10", "Lyon", teacher(referent.id()), pilotingInspector(someoneElse));
        WorkingGroup nationalGroup = national("campaign-2027", nationalReferent(referent.id(), "10"));
        WorkingGroup grenoble = academic("campaign-2027", "08", "Grenoble", teacher(someoneElse));

        PersonalData data = PersonalData.of(referent, List.of(lyon, nationalGroup, grenoble));

        assertThat(data.seats()).extracting(seat -> seat.group().id()).containsExactlyInAnyOrder(lyon.id(), nationalGroup.id());
        assertThat(data.seats()).extracting(seat -> seat.membership().role())
                .containsExactlyInAnyOrder(MemberRole.TEACHER, MemberRole.REFERENT);
    }

    @Test
    void names_the_académies_of_its_academic_groups_open_or_closed_never_those_a_national_referent_represents() {
        WorkingGroup lyon = closed(academic("campaign-2027", "10", "Lyon", teacher(referent.id())), Instant.now());
        WorkingGroup nationalGroup = national("campaign-2027", nationalReferent(referent.id(), "02"));

        assertThat(PersonalData.of(referent, List.of(lyon, nationalGroup)).academies()).containsExactly("10");
    }
}
