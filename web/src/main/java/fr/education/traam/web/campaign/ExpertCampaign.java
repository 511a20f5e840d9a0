package fr.education.traam.web.campaign;

import java.time.LocalDate;
import java.util.List;

/**
 * A campaign as its DNE expert's screen shows it: its calendar, its themes (those the person is expert of lead to
 * their selection board), the phase it may enter next, and the version a phase transition sends as {@code If-Match}.
 */
public record ExpertCampaign(CampaignJson.Campaign campaign, Timeline timeline, List<ThemeLine> themes, String nextPhase,
                             String version) {

    /** A theme, and whether the person is one of its experts (the token's subject is the expert's id). */
    public record ThemeLine(CampaignJson.Theme theme, boolean mine) {
    }

    public static ExpertCampaign of(CampaignJson.Campaign campaign, String version, String subject, LocalDate today) {
        List<ThemeLine> themes = campaign.themes() == null ? List.of() : campaign.themes().stream()
                .map(theme -> new ThemeLine(theme, theme.experts() != null
                        && theme.experts().stream().anyMatch(expert -> expert.id().equals(subject))))
                .toList();
        Timeline timeline = campaign.calendar() == null ? null : Timeline.of(campaign.calendar(), campaign.phase(), today);
        return new ExpertCampaign(campaign, timeline, themes, campaign.nextPhase(), version);
    }

    public String nextPhaseLabel() {
        return nextPhase == null ? null : Phase.labelOf(nextPhase);
    }

    /** Entering the next phase ahead of its date is the experts' to do, until the campaign closes. */
    public boolean canMove() {
        return nextPhase != null && !"CLOSED".equals(campaign.phase());
    }

    /** Selection boards exist once the call is open: candidatures come in, then decisions. */
    public boolean selectionOpen() {
        return !"DRAFT".equals(campaign.phase());
    }
}
