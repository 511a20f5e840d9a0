package fr.education.traam.candidatures.candidature;

import fr.education.traam.kit.domain.Refused;
import fr.education.traam.reference.people.EmailAddress;

/**
 * Someone of the proposed team: a name and a professional e-mail address, nothing more. Personal data is
 * kept to what forming the working group needs.
 */
public record TeamMember(String name, EmailAddress email) {

    public TeamMember {
        if (name == null || name.isBlank()) {
            throw Refused.invalid("name", "a team member needs a name");
        }
        if (email == null) {
            throw Refused.invalid("email", "a team member needs a professional e-mail address");
        }
        name = name.strip();
    }
}
