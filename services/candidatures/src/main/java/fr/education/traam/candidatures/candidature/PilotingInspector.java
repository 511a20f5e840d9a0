package fr.education.traam.candidatures.candidature;

import fr.education.traam.kit.domain.Refused;
import fr.education.traam.reference.people.EmailAddress;
import fr.education.traam.reference.people.InspectorCorps;

/** The inspector who leads the académie's group for the theme. */
public record PilotingInspector(String name, EmailAddress email, InspectorCorps corps) {

    public PilotingInspector {
        if (name == null || name.isBlank()) {
            throw Refused.invalid("team.inspector.name", "the piloting inspector needs a name");
        }
        if (email == null) {
            throw Refused.invalid("team.inspector.email", "the piloting inspector needs a professional e-mail address");
        }
        if (corps == null || !corps.mayPilot()) {
            throw Refused.invalid("team.inspector.corps", "the piloting inspector is IA_IPR, IEN_ET, IEN_EG or IEN_PREMIER_DEGRE");
        }
        name = name.strip();
    }
}
