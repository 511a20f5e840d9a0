package fr.education.traam.productions.synthesis.application;

import fr.education.traam.productions.synthesis.InstitutionalRecipient;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * {@code traam.productions.synthesis}: the institutions every theme synthesis is addressed to besides the theme's
 * working groups — the seed names the IGESR, the DGESCO and the IH2EF; a deployment gives their functional mailboxes.
 */
@ConfigurationProperties("traam.productions.synthesis")
public record SynthesisProperties(List<InstitutionalRecipient> institutions) {

    public SynthesisProperties {
        institutions = institutions == null ? List.of() : List.copyOf(institutions);
    }
}
