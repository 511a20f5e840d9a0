package fr.education.traam.groups.group;

import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.campaignview.ThemeId;

import java.time.Instant;

/**
 * A year's work of a group on a theme of a campaign, and the national selection that gave it: a group formed in the
 * first year has one stint, a continuing group a second one for its second-year theme.
 */
public record Stint(CampaignId campaignId, ThemeId themeId, String selectionId, Instant from) {
}
