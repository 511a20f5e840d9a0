package fr.education.traam.contract.candidatures;

import fr.education.traam.contract.TraamEvent;
import fr.education.traam.contract.campaigns.ThemeCycle;

import java.util.List;

/**
 * The national selection of a theme was published; it follows the {@link AcademySelected} and
 * {@link AcademyNotRetained} events of every candidature on the same partition, so a consumer that sees it has
 * seen them all. Académies are listed by ministry code; {@code continuations} counts the selected continuing
 * académies of a second-year theme (0 in a first year).
 */
public record NationalSelectionPublished(
        String selectionId,
        String campaignId,
        String themeId,
        ThemeCycle cycle,
        int capacity,
        List<String> selected,
        List<String> notRetained,
        int selectedCount,
        int notRetainedCount,
        int continuations,
        String publishedBy) implements TraamEvent {

    @Override
    public String aggregateId() {
        return selectionId;
    }
}
