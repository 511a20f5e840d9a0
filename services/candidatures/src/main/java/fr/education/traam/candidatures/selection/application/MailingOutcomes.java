package fr.education.traam.candidatures.selection.application;

import fr.education.traam.campaignview.Campaign;
import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.campaignview.Campaigns;
import fr.education.traam.campaignview.Theme;
import fr.education.traam.campaignview.ThemeId;
import fr.education.traam.candidatures.candidature.Candidature;
import fr.education.traam.candidatures.candidature.CandidatureId;
import fr.education.traam.candidatures.candidature.Candidatures;
import fr.education.traam.contract.candidatures.AcademyDetails;
import fr.education.traam.kit.inbox.InboundEvent;
import fr.education.traam.mail.MailRequest;
import fr.education.traam.mail.Mails;
import fr.education.traam.reference.Academy;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.Map;
import java.util.Optional;

/**
 * When a national selection is published, the DAN who submitted each applying académie's candidature receives a mail
 * with their académie's outcome: selected or not retained, the theme, the campaign and the link to the public
 * selection, never the experts' rationale. It follows the service's own events (ADR 30): one mail per outcome event
 * and address, stored here and sent by the mail relay. A candidature whose DAN's token had no address gets none.
 */
@Service
public class MailingOutcomes {

    public static final String KIND = "selection-outcome";
    private static final Logger log = LoggerFactory.getLogger(MailingOutcomes.class);

    private final Candidatures candidatures;
    private final Campaigns campaigns;
    private final Mails mails;
    private final OutcomeMailProperties properties;
    private final MeterRegistry meters;

    public MailingOutcomes(Candidatures candidatures, Campaigns campaigns, Mails mails, OutcomeMailProperties properties,
                           MeterRegistry meters) {
        this.candidatures = candidatures;
        this.campaigns = campaigns;
        this.mails = mails;
        this.properties = properties;
        this.meters = meters;
    }

    /** An {@code AcademySelected} or {@code AcademyNotRetained} event, as its parts. */
    public void outcome(InboundEvent<?> event, String campaignId, String themeId, AcademyDetails academy, String candidatureId,
                        boolean selected) {
        Optional<String> address = candidatures.find(new CandidatureId(candidatureId)).map(Candidature::delegateEmail);
        if (address.isEmpty()) {
            log.info("no outcome mail for académie {} on theme {} (event {}): the DAN who submitted candidature {} gave no address",
                    academy.code(), themeId, event.id(), candidatureId);
            meters.counter("traam.mail.skipped", "kind", KIND, "reason", "no-address").increment();
            return;
        }
        Optional<Campaign> campaign = campaigns.find(new CampaignId(campaignId));
        String campaignTitle = campaign.map(Campaign::title).orElse(campaignId);
        String themeTitle = campaign.flatMap(c -> c.theme(new ThemeId(themeId))).map(Theme::title).orElse(themeId);
        String subject = "TraAM : votre académie " + (selected ? "est retenue" : "n'est pas retenue") + " pour le thème « "
                + themeTitle + " »";
        boolean stored = mails.store(new MailRequest(event.id(), KIND, address.get(), subject, Map.of(
                "selected", selected,
                "academyOf", Academy.ofName(academy.name()),
                "theme", themeTitle,
                "campaign", campaignTitle,
                "link", properties.selectionLink(campaignId, themeId))));
        if (!stored) {
            log.debug("outcome mail of event {} already stored", event.id());
        }
    }
}
