package fr.education.traam.candidatures.selection.application;

import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.campaignview.ThemeId;
import fr.education.traam.candidatures.selection.NationalSelection;
import fr.education.traam.candidatures.selection.NationalSelections;
import fr.education.traam.candidatures.selection.SelectionId;
import fr.education.traam.candidatures.selection.SelectionRefusal;
import fr.education.traam.kit.domain.Refused;
import org.springframework.stereotype.Service;

import java.util.List;

/** Anyone reading published selections: a draft is the experts' business until it is published. */
@Service
public class ConsultingSelections {

    private final NationalSelections selections;

    public ConsultingSelections(NationalSelections selections) {
        this.selections = selections;
    }

    public List<NationalSelection> publishedIn(CampaignId campaignId) {
        return selections.publishedIn(campaignId);
    }

    public NationalSelection published(CampaignId campaignId, ThemeId themeId) {
        return selections.find(SelectionId.of(campaignId, themeId)).filter(NationalSelection::published)
                .orElseThrow(() -> new Refused(SelectionRefusal.SELECTION_NOT_PUBLISHED, "the national selection of theme " + themeId + " of campaign " + campaignId + " is not published"));
    }
}
