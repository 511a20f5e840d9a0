package fr.education.traam.candidatures.selection.application;

import fr.education.traam.campaignview.Campaign;
import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.campaignview.Campaigns;
import fr.education.traam.campaignview.Theme;
import fr.education.traam.campaignview.ThemeId;
import fr.education.traam.candidatures.candidature.CandidatureStatus;
import fr.education.traam.candidatures.candidature.Candidatures;
import fr.education.traam.candidatures.selection.Applicant;
import fr.education.traam.candidatures.selection.FirstYearSelection;
import fr.education.traam.candidatures.selection.NationalSelection;
import fr.education.traam.candidatures.selection.NationalSelections;
import fr.education.traam.candidatures.selection.SelectionId;
import fr.education.traam.candidatures.selection.SelectionRefusal;
import fr.education.traam.contract.candidatures.SelectionDecision;
import fr.education.traam.kit.domain.ExpectedVersion;
import fr.education.traam.kit.domain.Refused;
import fr.education.traam.reference.Academy;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The theme's DNE experts deciding, publishing and amending its national selection, against this service's
 * view of the campaign and the candidatures it holds. {@code expert} is the caller's identity subject; the
 * selection itself checks that it is one of the theme's experts. Each change is asked of an expected version of the
 * selection (the client's {@code If-Match}; {@value NationalSelection#NEW} before its first decision is stored).
 */
@Service
public class SelectingAcademies {

    private final NationalSelections selections;
    private final Campaigns campaigns;
    private final Candidatures candidatures;
    private final Clock clock;

    public SelectingAcademies(NationalSelections selections, Campaigns campaigns, Candidatures candidatures, Clock clock) {
        this.selections = selections;
        this.campaigns = campaigns;
        this.candidatures = candidatures;
        this.clock = clock;
    }

    public SelectionSheet decide(CampaignId campaignId, ThemeId themeId, ExpectedVersion expected, String expert, Academy academy,
                                 SelectionDecision decision, String rationale) {
        Campaign campaign = campaign(campaignId);
        NationalSelection selection = current(campaign, themeId, expected);
        List<Applicant> applicants = applicants(campaignId, themeId);
        return sheet(selections.save(selection.decide(campaign, expert, applicants, academy, decision, rationale,
                firstYear(campaign, themeId), clock.instant())), campaign, applicants);
    }

    public SelectionSheet retract(CampaignId campaignId, ThemeId themeId, ExpectedVersion expected, String expert, Academy academy) {
        Campaign campaign = campaign(campaignId);
        return sheet(selections.save(current(campaign, themeId, expected).retract(campaign, expert, academy)), campaign,
                applicants(campaignId, themeId));
    }

    public SelectionSheet publish(CampaignId campaignId, ThemeId themeId, ExpectedVersion expected, String expert) {
        Campaign campaign = campaign(campaignId);
        List<Applicant> applicants = applicants(campaignId, themeId);
        return sheet(selections.save(current(campaign, themeId, expected).publish(campaign, expert, applicants, clock.instant())),
                campaign, applicants);
    }

    public SelectionSheet amend(CampaignId campaignId, ThemeId themeId, ExpectedVersion expected, String expert, Academy academy,
                                SelectionDecision to, String rationale) {
        Campaign campaign = campaign(campaignId);
        NationalSelection selection = current(campaign, themeId, expected);
        List<Applicant> applicants = applicants(campaignId, themeId);
        return sheet(selections.save(selection.amend(campaign, expert, applicants, academy, to, rationale,
                firstYear(campaign, themeId), clock.instant())), campaign, applicants);
    }

    /** The theme's experts' working view: the selection as it stands (an empty draft before any decision). */
    public SelectionSheet sheet(CampaignId campaignId, ThemeId themeId, String expert) {
        Campaign campaign = campaign(campaignId);
        NationalSelection selection = current(campaign, themeId);
        Theme theme = campaign.requireTheme(themeId);
        NationalSelection.requireExpertOf(theme, expert);
        return new SelectionSheet(selection, theme, applicants(campaignId, themeId));
    }

    private NationalSelection current(Campaign campaign, ThemeId themeId) {
        return selections.find(SelectionId.of(campaign.id(), themeId)).orElseGet(() -> NationalSelection.begin(campaign, themeId));
    }

    private NationalSelection current(Campaign campaign, ThemeId themeId, ExpectedVersion expected) {
        NationalSelection selection = current(campaign, themeId);
        expected.check(selection.version(), "the selection of theme " + themeId.value());
        return selection;
    }

    private List<Applicant> applicants(CampaignId campaignId, ThemeId themeId) {
        return candidatures.list(new Candidatures.Filter(campaignId, themeId, null, CandidatureStatus.SUBMITTED)).stream()
                .filter(candidature -> candidature.live())
                .map(candidature -> new Applicant(candidature.id(), candidature.academy(), candidature.kind(), candidature.team()))
                .toList();
    }

    /** The continued first year's selection, when the platform published it; unknown otherwise. */
    private FirstYearSelection firstYear(Campaign campaign, ThemeId themeId) {
        Theme theme = campaign.theme(themeId).orElse(null);
        if (theme == null || !theme.secondYear() || theme.continues() == null) {
            return FirstYearSelection.unknown();
        }
        return selections.latestPublished(theme.continues())
                .map(first -> FirstYearSelection.of(first.selected().stream().map(d -> d.academy()).collect(Collectors.toSet())))
                .orElse(FirstYearSelection.unknown());
    }

    private SelectionSheet sheet(NationalSelection selection, Campaign campaign, List<Applicant> applicants) {
        return new SelectionSheet(selection, campaign.theme(selection.themeId()).orElseThrow(), applicants);
    }

    /** A campaign this service has not heard of yet may exist: its events may still be on their way. */
    private Campaign campaign(CampaignId id) {
        return campaigns.require(id);
    }
}
