package fr.education.traam.candidatures.candidature;

import fr.education.traam.kit.domain.Refused;
import fr.education.traam.reference.people.EmailAddress;
import fr.education.traam.reference.people.ProfessionalDomains;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The academic group an académie proposes for a theme: the piloting inspector, at least three teachers who
 * will work in class, the referent teacher (who also sits in the national group) and the CARDIE
 * representative.
 */
public record Team(PilotingInspector inspector, List<TeamMember> teachers, TeamMember referent, TeamMember cardie) {

    public static final int MINIMUM_TEACHERS = 3;

    public Team {
        if (inspector == null) {
            throw Refused.invalid("team.inspector", "the team is piloted by an inspector");
        }
        teachers = teachers == null ? List.of() : List.copyOf(teachers);
        if (teachers.size() < MINIMUM_TEACHERS) {
            throw Refused.invalid("team.teachers", "at least " + MINIMUM_TEACHERS + " teachers implement the project in class");
        }
        Set<EmailAddress> seen = new HashSet<>();
        for (int i = 0; i < teachers.size(); i++) {
            if (!seen.add(teachers.get(i).email())) {
                throw Refused.invalid("team.teachers[" + i + "].email", "two teachers share the address " + teachers.get(i).email());
            }
        }
        if (referent == null) {
            throw Refused.invalid("team.referent", "the team names its referent teacher");
        }
        if (cardie == null) {
            throw Refused.invalid("team.cardie", "the team names its CARDIE representative");
        }
    }

    /** Refuses the first address of the team outside these domains, naming where it is in the request. */
    public void requireProfessional(ProfessionalDomains domains) {
        domains.require("team.inspector.email", inspector.email());
        for (int i = 0; i < teachers.size(); i++) {
            domains.require("team.teachers[" + i + "].email", teachers.get(i).email());
        }
        domains.require("team.referent.email", referent.email());
        domains.require("team.cardie.email", cardie.email());
    }
}
