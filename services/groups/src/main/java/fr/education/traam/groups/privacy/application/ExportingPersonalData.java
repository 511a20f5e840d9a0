package fr.education.traam.groups.privacy.application;

import fr.education.traam.groups.group.WorkingGroups;
import fr.education.traam.groups.person.People;
import fr.education.traam.groups.person.Person;
import fr.education.traam.groups.person.PersonId;
import fr.education.traam.groups.privacy.PersonalData;
import fr.education.traam.groups.privacy.PrivacyRefusal;
import fr.education.traam.kit.domain.Refused;
import fr.education.traam.kit.security.Caller;
import fr.education.traam.reference.people.EmailAddress;
import org.springframework.stereotype.Service;

/** The right of access: everything the service holds on a person, for those entitled to see it. */
@Service
public class ExportingPersonalData {

    private final People people;
    private final WorkingGroups groups;

    public ExportingPersonalData(People people, WorkingGroups groups) {
        this.people = people;
        this.groups = groups;
    }

    public PersonalData of(PersonId id, Caller caller) {
        Person person = people.find(id).orElseThrow(() -> new Refused(PrivacyRefusal.PERSON_NOT_FOUND,
                "no person has the member id " + id));
        return entitled(held(person), caller);
    }

    /** The person with this professional address; an erased person has none any more. */
    public PersonalData withEmail(EmailAddress email, Caller caller) {
        Person person = people.withEmail(email).orElseThrow(() -> new Refused(PrivacyRefusal.PERSON_NOT_FOUND,
                "no person has this professional address"));
        return entitled(held(person), caller);
    }

    PersonalData held(Person person) {
        return PersonalData.of(person, groups.withMember(person.id()));
    }

    static PersonalData entitled(PersonalData data, Caller caller) {
        if (!new PersonalDataAccess(caller).mayReach(data)) {
            throw new Refused(PrivacyRefusal.NOT_ENTITLED, "only an operator, or the DAN of an académie in whose academic "
                    + "group this person sits or sat, may see or erase their personal data");
        }
        return data;
    }
}
