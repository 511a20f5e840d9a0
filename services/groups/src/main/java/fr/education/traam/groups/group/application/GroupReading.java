package fr.education.traam.groups.group.application;

import fr.education.traam.groups.group.WorkingGroup;
import fr.education.traam.groups.person.Person;
import fr.education.traam.groups.person.PersonId;

import java.util.Map;

/**
 * A group as the caller may read it: with its members' names and addresses when they may see them ({@code people}
 * holds them), otherwise which académie works on which theme, and nothing of who.
 */
public record GroupReading(WorkingGroup group, boolean compositionVisible, boolean manageable, Map<PersonId, Person> people) {

    public GroupReading {
        people = compositionVisible ? Map.copyOf(people) : Map.of();
    }
}
