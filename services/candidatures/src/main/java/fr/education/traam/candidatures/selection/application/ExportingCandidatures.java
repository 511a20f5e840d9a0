package fr.education.traam.candidatures.selection.application;

import fr.education.traam.campaignview.Campaign;
import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.campaignview.Campaigns;
import fr.education.traam.campaignview.Theme;
import fr.education.traam.candidatures.candidature.Candidature;
import fr.education.traam.candidatures.candidature.Candidatures;
import fr.education.traam.candidatures.candidature.Project;
import fr.education.traam.candidatures.selection.Decision;
import fr.education.traam.candidatures.selection.NationalSelection;
import fr.education.traam.candidatures.selection.NationalSelections;
import fr.education.traam.candidatures.selection.SelectionId;
import fr.education.traam.kit.domain.CommonRefusal;
import fr.education.traam.kit.domain.Refused;
import fr.education.traam.kit.security.Caller;
import fr.education.traam.kit.security.Role;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A campaign's candidatures as one table for the DNE experts and the inspectors general: one row per candidature with
 * its académie, theme, projects, team size, state and the decision taken on it. A draft decision is the theme's experts'
 * business until it is published (as {@code GET …/decisions}): others read it only once the selection is published.
 */
@Service
public class ExportingCandidatures {

    /** One row of the export; {@code decision} and {@code rationale} are null while there is none to show. */
    public record Row(String academyCode, String academyName, String themeId, String themeTitle, String projects, int teamSize,
                      String state, String decision, String rationale, boolean published) {
    }

    private final Candidatures candidatures;
    private final NationalSelections selections;
    private final Campaigns campaigns;

    public ExportingCandidatures(Candidatures candidatures, NationalSelections selections, Campaigns campaigns) {
        this.candidatures = candidatures;
        this.selections = selections;
        this.campaigns = campaigns;
    }

    public List<Row> rows(Caller caller, CampaignId campaignId) {
        if (!caller.has(Role.DNE_EXPERT) && !caller.has(Role.INSPECTOR_GENERAL)) {
            throw new Refused(CommonRefusal.ROLE_NOT_ALLOWED, "Only DNE experts and inspectors general export candidatures.");
        }
        Campaign campaign = campaigns.require(campaignId);
        return candidatures.list(new Candidatures.Filter(campaignId, null, null, null)).stream()
                .map(candidature -> row(caller, campaign, candidature)).toList();
    }

    private Row row(Caller caller, Campaign campaign, Candidature candidature) {
        Optional<Theme> theme = campaign.theme(candidature.themeId());
        Optional<NationalSelection> selection = selections.find(SelectionId.of(campaign.id(), candidature.themeId()));
        boolean published = selection.map(NationalSelection::published).orElse(false);
        boolean expert = caller.has(Role.DNE_EXPERT) && theme.map(t -> t.ledBy(caller.subject())).orElse(false);
        Optional<Decision> decision = published || expert
                ? selection.flatMap(s -> s.decisionOf(candidature.academy()))
                        .filter(d -> d.candidatureId().equals(candidature.id()))
                : Optional.empty();
        int teamSize = candidature.team().teachers().size() + 3;
        return new Row(candidature.academy().code(), candidature.academy().label(), candidature.themeId().value(),
                theme.map(Theme::title).orElse(""), candidature.projects().stream().map(Project::title).collect(Collectors.joining("; ")),
                teamSize, candidature.status().name(), decision.map(d -> d.decision().name()).orElse(null),
                decision.map(Decision::rationale).orElse(null), published);
    }
}
