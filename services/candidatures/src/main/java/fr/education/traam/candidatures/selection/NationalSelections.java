package fr.education.traam.candidatures.selection;

import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.campaignview.ThemeId;

import java.util.List;
import java.util.Optional;

/** All national selections, wherever they are kept. */
public interface NationalSelections {

    Optional<NationalSelection> find(SelectionId id);

    /** The published selections of a campaign's themes, by theme. */
    List<NationalSelection> publishedIn(CampaignId campaignId);

    /**
     * The most recently published selection of a theme with this id, in any campaign: the first year a
     * second-year theme continues belongs to an earlier campaign, which only the theme id names.
     */
    Optional<NationalSelection> latestPublished(ThemeId themeId);

    /**
     * Stores a change, the new state and its events in one write: inserts a selection at {@link NationalSelection#NEW},
     * otherwise replaces the one read at its version. Fails when someone else stored it meanwhile.
     *
     * @return the selection as now stored, with its new version
     */
    NationalSelection save(NationalSelection.Changed change);
}
