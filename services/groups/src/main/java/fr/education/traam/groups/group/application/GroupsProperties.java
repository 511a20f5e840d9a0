package fr.education.traam.groups.group.application;

import fr.education.traam.reference.people.ProfessionalDomains;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * The groups service's settings.
 *
 * @param professionalEmailDomains the domains of the professional addresses members must have (ac-*.fr, education.gouv.fr)
 */
@ConfigurationProperties("traam.groups")
public record GroupsProperties(List<String> professionalEmailDomains) {

    public ProfessionalDomains professionalDomains() {
        return new ProfessionalDomains(professionalEmailDomains);
    }
}
