package fr.education.traam.dissemination.academyfeed.application;

import fr.education.traam.contract.TraamEvent;
import fr.education.traam.contract.candidatures.NationalSelectionAmended;
import fr.education.traam.contract.candidatures.NationalSelectionPublished;
import fr.education.traam.contract.productions.ProductionPublished;
import fr.education.traam.contract.productions.ProductionWithdrawn;
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
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Keeps each académie's feed: a published national selection is an entry for every académie it retained, an amended one
 * rewrites them (ADR 19), a published production is an entry for each académie it credits, and its withdrawal turns them
 * into tombstones. Idempotent by construction: an entry's id is its académie and its event, a rewrite is guarded by the
 * revision it replaces, a withdrawal by the absence of an earlier one (ADR 14).
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
            String theme = themeTitle(published.campaignId(), published.themeId());
            String link = selectionLink(published.campaignId(), published.themeId());
            for (String academy : published.selected()) {
                entries.add(AcademyEntry.aboutSelection(academy, event.id(), retainedTitle(theme),
                        retainedSummary(theme, published.selectedCount(), false), link, at, published.selectionId(), 0));
            }
        } else if (event.data() instanceof NationalSelectionAmended amended) {
            selectionAmended(event.id(), at, amended);
        } else if (event.data() instanceof ProductionPublished published) {
            // Each académie credited, whether it wrote it alone or co-wrote a national production; a synthesis credits none.
            for (String academy : credited(published)) {
                entries.add(AcademyEntry.aboutProduction(academy, event.id(), published.productionId(), published.title(),
                        published.summary() + " (thème « " + published.theme().title() + " », sous licence " + published.licence() + ")",
                        published.url(), at));
            }
        } else if (event.data() instanceof ProductionWithdrawn withdrawn) {
            // Every entry of the production, whichever académie's feed and whichever of its publications holds it.
            entries.withdraw(withdrawn.productionId(), at, withdrawn.reason());
        }
    }

    /**
     * The selection as it now stands, in every feed it concerns: each académie still selected reads « Retenue » with the
     * new count, the académie taken out reads « Non retenue », in the entries they had (rewritten when older than
     * this revision); a selected académie without an entry of the selection gets one. Académies taken out by earlier
     * amendments keep the entry that said so.
     */
    private void selectionAmended(String eventId, Instant at, NationalSelectionAmended amended) {
        String theme = themeTitle(amended.campaignId(), amended.themeId());
        int count = amended.selected().size();
        Map<String, AcademyEntry> shown = new HashMap<>();
        for (AcademyEntry entry : entries.aboutSelection(amended.selectionId())) {
            shown.merge(entry.academy(), entry, (a, b) -> a.occurredAt().isAfter(b.occurredAt()) ? a : b);
        }
        for (String academy : amended.selected()) {
            AcademyEntry entry = shown.get(academy);
            if (entry == null) {
                entries.add(AcademyEntry.aboutSelection(academy, eventId, retainedTitle(theme), retainedSummary(theme, count, true),
                        selectionLink(amended.campaignId(), amended.themeId()), at, amended.selectionId(), amended.revision()));
            } else {
                entries.revise(entry.revised(retainedTitle(theme), retainedSummary(theme, count, true), amended.revision(), at));
            }
        }
        for (String academy : amended.removed()) {
            AcademyEntry entry = shown.get(academy);
            if (entry != null) {
                entries.revise(entry.revised("Non retenue pour le thème « " + theme + " »",
                        "La sélection nationale du thème « " + theme + " » a été corrigée : elle ne retient plus cette académie.",
                        amended.revision(), at));
            }
        }
    }

    private static Set<String> credited(ProductionPublished published) {
        Set<String> codes = new LinkedHashSet<>();
        if (published.academy() != null) {
            codes.add(published.academy().code());
        }
        published.academies().forEach(academy -> codes.add(academy.code()));
        return codes;
    }

    private static String retainedTitle(String theme) {
        return "Retenue pour le thème « " + theme + " »";
    }

    private static String retainedSummary(String theme, int count, boolean amended) {
        return "La sélection nationale du thème « " + theme + " »" + (amended ? ", corrigée," : "") + " retient " + count
                + (count > 1 ? " académies" : " académie") + ", dont celle-ci.";
    }

    private String themeTitle(String campaignId, String themeId) {
        return campaigns.find(new CampaignId(campaignId)).flatMap(campaign -> campaign.theme(new ThemeId(themeId)))
                .map(Theme::title).orElse(themeId);
    }

    private String selectionLink(String campaignId, String themeId) {
        return properties.link("/api/candidatures/selections/" + campaignId + "/" + themeId);
    }
}
