package fr.education.traam.dissemination.academyfeed.application;

import fr.education.traam.contract.TraamEvent;
import fr.education.traam.contract.candidatures.NationalSelectionPublished;
import fr.education.traam.contract.productions.ProductionPublished;
import fr.education.traam.dissemination.academyfeed.AcademyEntries;
import fr.education.traam.dissemination.academyfeed.AcademyEntry;
import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.campaignview.Campaigns;
import fr.education.traam.campaignview.Theme;
import fr.education.traam.campaignview.ThemeId;
import fr.education.traam.dissemination.newsletter.application.DisseminationProperties;
import fr.education.traam.kit.inbox.InboundEvent;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;

/**
 * Keeps each académie's feed: a published national selection is an entry for every académie it retained, a published
 * production one for its académie. Idempotent by construction: an entry's id is its académie and its event (ADR 14).
 */
@Service
public class ChroniclingAcademies {

    private final AcademyEntries entries;
    private final Campaigns campaigns;
    private final DisseminationProperties properties;
    private final Clock clock;

    public ChroniclingAcademies(AcademyEntries entries, Campaigns campaigns, DisseminationProperties properties, Clock clock) {
        this.entries = entries;
        this.campaigns = campaigns;
        this.properties = properties;
        this.clock = clock;
    }

    public void chronicle(InboundEvent<TraamEvent> event) {
        Instant at = event.time() == null ? clock.instant() : event.time();
        if (event.data() instanceof NationalSelectionPublished published) {
            String theme = campaigns.find(new CampaignId(published.campaignId()))
                    .flatMap(campaign -> campaign.theme(new ThemeId(published.themeId())))
                    .map(Theme::title).orElse(published.themeId());
            String link = properties.link("/api/candidatures/selections/" + published.campaignId() + "/" + published.themeId());
            for (String academy : published.selected()) {
                entries.add(new AcademyEntry(academy, event.id(), "Retenue pour le thème « " + theme + " »",
                        "La sélection nationale du thème « " + theme + " » retient " + published.selectedCount()
                                + (published.selectedCount() > 1 ? " académies" : " académie") + ", dont celle-ci.", link, at));
            }
        } else if (event.data() instanceof ProductionPublished published) {
            entries.add(new AcademyEntry(published.academy().code(), event.id(), published.title(),
                    published.summary() + " (thème « " + published.theme().title() + " », sous licence " + published.licence() + ")",
                    published.url(), at));
        }
    }
}
