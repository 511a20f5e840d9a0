package fr.education.traam.contract.candidatures;

import fr.education.traam.contract.TraamEvent;
import fr.education.traam.contract.campaigns.ThemeCycle;

import java.util.List;

/**
 * The teams of every académie the national selection of a theme retains, as it now stands, for the groups service
 * only: personal data (see {@link AcademicTeam}), so it travels on the restricted topic
 * {@code traam.candidatures.teams}, never on a public one (ADR 22). It is written with the publication (revision 0)
 * and with each amendment (revision n, the same as that amendment's {@link NationalSelectionAmended}), so the groups
 * service replaces what it formed its groups from rather than patching it, and ignores a revision older than the one
 * it holds. An amendment that leaves no académie selected transmits an empty list.
 */
public record SelectedTeamsTransmitted(
        String selectionId,
        String campaignId,
        String themeId,
        ThemeCycle cycle,
        int revision,
        List<SelectedTeam> teams) implements TraamEvent {

    public SelectedTeamsTransmitted {
        teams = List.copyOf(teams);
    }

    @Override
    public String aggregateId() {
        return selectionId;
    }
}
