package fr.education.traam.dissemination.site;

import fr.education.traam.contract.campaigns.ThemeCycle;
import fr.education.traam.contract.candidatures.NationalSelectionPublished;
import fr.education.traam.kit.outbox.PendingEvent;

import java.time.Instant;
import java.util.List;

/** National selections published as the candidatures service publishes them, for tests that play its part. */
public final class SelectionMother {

    public static final String SOURCE = "/traam/candidatures";
    public static final String TYPE = "fr.education.traam.candidatures.national-selection-published.v1";

    private SelectionMother() {
    }

    /** The first-year selection of {@code themeId} in {@code campaignId}, retaining {@code selected}, not {@code notRetained}. */
    public static NationalSelectionPublished selection(String campaignId, String themeId, List<String> selected, List<String> notRetained) {
        return new NationalSelectionPublished(campaignId + "/" + themeId, campaignId, themeId, ThemeCycle.FIRST_YEAR, 6, selected,
                notRetained, selected.size(), notRetained.size(), 0, "expert-lettres");
    }

    public static PendingEvent pending(NationalSelectionPublished published) {
        return PendingEvent.of(published, SOURCE, Instant.now());
    }
}
