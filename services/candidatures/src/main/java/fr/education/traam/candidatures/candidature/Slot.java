package fr.education.traam.candidatures.candidature;

import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.campaignview.ThemeId;
import fr.education.traam.reference.Academy;

/** What a candidature applies for: a theme of a campaign, for one académie. One live candidature per slot. */
public record Slot(CampaignId campaignId, ThemeId themeId, Academy academy) {

    @Override
    public String toString() {
        return campaignId + "/" + themeId + "/" + academy.code();
    }
}
