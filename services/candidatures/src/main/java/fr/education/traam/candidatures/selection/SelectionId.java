package fr.education.traam.candidatures.selection;

import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.campaignview.ThemeId;

/**
 * Identity of the national selection of one theme of one campaign, {@code <campaignId>/<themeId>}: derived, so
 * that there is one selection per theme by construction, and the record key of all its events.
 */
public record SelectionId(String value) {

    public SelectionId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("selection id is blank");
        }
    }

    public static SelectionId of(CampaignId campaignId, ThemeId themeId) {
        return new SelectionId(campaignId.value() + "/" + themeId.value());
    }

    @Override
    public String toString() {
        return value;
    }
}
