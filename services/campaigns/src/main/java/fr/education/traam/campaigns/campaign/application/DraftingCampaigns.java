package fr.education.traam.campaigns.campaign.application;

import fr.education.traam.campaigns.campaign.Calendar;
import fr.education.traam.campaigns.campaign.Campaign;
import fr.education.traam.campaigns.campaign.CampaignId;
import fr.education.traam.campaigns.campaign.CampaignNotFound;
import fr.education.traam.campaigns.campaign.Campaigns;
import fr.education.traam.campaigns.campaign.SchoolYear;
import fr.education.traam.campaigns.campaign.Theme;
import fr.education.traam.campaigns.campaign.ThemeId;
import fr.education.traam.kit.domain.ExpectedVersion;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.function.Function;

/**
 * Drafting a campaign: creating it, shaping its themes, setting its dates. A change is asked of an expected version of
 * the campaign (the client's {@code If-Match}), checked before anything is changed.
 */
@Service
public class DraftingCampaigns {

    private final Campaigns campaigns;

    public DraftingCampaigns(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    public Campaign draft(SchoolYear schoolYear, String title, Calendar calendar, List<Theme> themes, String by) {
        Campaign.Changed drafted = Campaign.draft(CampaignId.generate(), schoolYear, title, calendar, themes, by);
        campaigns.add(drafted);
        return drafted.campaign();
    }

    public Campaign addTheme(CampaignId id, ExpectedVersion expected, Theme theme, String by) {
        return change(id, expected, campaign -> campaign.addTheme(theme, by));
    }

    public Campaign reviseTheme(CampaignId id, ExpectedVersion expected, Theme theme, String by) {
        return change(id, expected, campaign -> campaign.reviseTheme(theme, by));
    }

    public Campaign withdrawTheme(CampaignId id, ExpectedVersion expected, ThemeId themeId, String by) {
        return change(id, expected, campaign -> campaign.withdrawTheme(themeId, by));
    }

    public Campaign reschedule(CampaignId id, ExpectedVersion expected, Calendar calendar, String by) {
        return change(id, expected, campaign -> campaign.reschedule(calendar, by));
    }

    private Campaign change(CampaignId id, ExpectedVersion expected, Function<Campaign, Campaign.Changed> change) {
        Campaign campaign = campaigns.find(id).orElseThrow(() -> new CampaignNotFound(id));
        expected.check(campaign.version(), "campaign " + id.value());
        return campaigns.save(change.apply(campaign));
    }
}
