package fr.education.traam.groups.privacy;

import fr.education.traam.groups.group.Membership;
import fr.education.traam.groups.group.WorkingGroup;
import fr.education.traam.groups.person.Person;

import java.util.Comparator;
import java.util.List;

/**
 * Everything the service holds on a person: who they are (name, professional address, identity subject) and each seat
 * they have in a working group, open or closed, with the group it is in.
 */
public record PersonalData(Person person, List<Seat> seats) {

    public PersonalData {
        seats = seats.stream().sorted(Comparator.comparing((Seat s) -> s.membership().since(),
                Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(s -> s.group().id().value())).toList();
    }

    /** A seat in a group: the person's membership and the group that holds it. */
    public record Seat(WorkingGroup group, Membership membership) {
    }

    /** What the groups hold of {@code person}: a seat in each of {@code groups} where they sit. */
    public static PersonalData of(Person person, List<WorkingGroup> groups) {
        return new PersonalData(person, groups.stream()
                .flatMap(group -> group.member(person.id()).map(m -> new Seat(group, m)).stream()).toList());
    }

    /** The académies of the academic groups in which the person sits, open or closed. */
    public List<String> academies() {
        return seats.stream().map(Seat::group).filter(g -> !g.national() && g.academy() != null)
                .map(g -> g.academy().code()).distinct().toList();
    }
}
