package fr.education.traam.web.candidature;

import fr.education.traam.web.campaign.CampaignJson;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What {@code /espace/candidatures} shows a DAN for one campaign: each theme, in the campaign's order, with their
 * académie's candidature if any, its state, and its outcome once the theme's selection is published; and whether the call is open, so that the
 * page offers to apply or to change only then.
 */
public record AcademyCandidatures(String campaignId, String campaignTitle, String phaseLabel, boolean callOpen, List<Row> rows) {

    public AcademyCandidatures {
        rows = List.copyOf(rows);
    }

    /** A theme of the campaign and where the académie stands on it. */
    public record Row(String themeId, String themeTitle, String candidatureId, boolean live, String stateLabel, String outcomeLabel) {

        public boolean applied() {
            return candidatureId != null;
        }
    }

    public static AcademyCandidatures of(CampaignJson.Campaign campaign, String academyCode, List<CandidatureJson.Candidature> candidatures,
                                         List<CandidatureJson.PublishedSelection> selections) {
        // The live candidature of a theme, else its latest withdrawn one: a withdrawn theme may be applied for again.
        Map<String, CandidatureJson.Candidature> byTheme = candidatures.stream()
                .filter(c -> campaign.id().equals(c.campaignId()))
                .collect(Collectors.toMap(CandidatureJson.Candidature::themeId, Function.identity(),
                        (a, b) -> a.live() ? a : b));
        Map<String, CandidatureJson.PublishedSelection> published = selections.stream()
                .collect(Collectors.toMap(CandidatureJson.PublishedSelection::themeId, Function.identity(), (a, b) -> b));
        List<Row> rows = campaign.themes().stream().map(theme -> {
            CandidatureJson.Candidature candidature = byTheme.get(theme.id());
            if (candidature == null) {
                return new Row(theme.id(), theme.title(), null, false, "Pas de candidature", null);
            }
            String state = candidature.live() ? "Déposée" : "Retirée";
            String outcome = candidature.live()
                    ? Optional.ofNullable(published.get(theme.id())).map(s -> outcome(s, academyCode)).orElse("Sélection pas encore publiée")
                    : null;
            return new Row(theme.id(), theme.title(), candidature.id(), candidature.live(), state, outcome);
        }).toList();
        return new AcademyCandidatures(campaign.id(), campaign.title(), campaign.phaseLabel(), "CALL_OPEN".equals(campaign.phase()), rows);
    }

    private static String outcome(CandidatureJson.PublishedSelection selection, String academyCode) {
        boolean selected = selection.selected().stream().anyMatch(s -> s.academy().code().equals(academyCode));
        return selected ? "Retenue" : "Non retenue";
    }
}
