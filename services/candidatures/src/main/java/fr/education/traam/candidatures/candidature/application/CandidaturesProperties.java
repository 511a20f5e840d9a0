package fr.education.traam.candidatures.candidature.application;

import fr.education.traam.reference.people.ProfessionalDomains;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;

/**
 * @param professionalEmailDomains e-mail domains accepted for the proposed team, {@code *} standing for one label
 *                                 (e.g. {@code ac-*.fr} accepts {@code ac-lyon.fr})
 */
@ConfigurationProperties("traam.candidatures")
public record CandidaturesProperties(@DefaultValue({"ac-*.fr", "education.gouv.fr"}) List<String> professionalEmailDomains) {

    public ProfessionalDomains professionalDomains() {
        return new ProfessionalDomains(professionalEmailDomains);
    }
}
