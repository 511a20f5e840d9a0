package fr.education.traam.contract.candidatures;

import fr.education.traam.contract.TraamEvent;
import fr.education.traam.contract.campaigns.ThemeCycle;

import java.util.List;

/**
 * The teams of every académie the national selection of a theme retains, as it now stands, for the groups service only
 * (restricted topic): written with the publication (revision 0) and with each amendment (revision n).
 */
public record SelectedTeamsTransmitted(String selectionId, String campaignId, String themeId, ThemeCycle cycle,
                                       int revision, List<SelectedTeam> teams) implements TraamEvent {

    public SelectedTeamsTransmitted {
        teams = List.copyOf(teams);
    }

    @Override
    public String aggregateId() {
        return selectionId;
    }
}
