package fr.education.traam.dissemination.site;

import fr.education.traam.contract.campaigns.CampaignCalendar;
import fr.education.traam.contract.campaigns.CampaignCreated;
import fr.education.traam.contract.campaigns.DneExpert;
import fr.education.traam.contract.campaigns.ThemeCycle;
import fr.education.traam.contract.campaigns.ThemeDetails;
import fr.education.traam.contract.campaigns.ThemeKind;
import fr.education.traam.contract.TraamEvent;
import fr.education.traam.contract.candidatures.AcademyDetails;
import fr.education.traam.contract.candidatures.NationalSelectionAmended;
import fr.education.traam.contract.candidatures.NationalSelectionPublished;
import fr.education.traam.contract.candidatures.SelectionDecision;
import fr.education.traam.reference.Academy;
import fr.education.traam.kit.outbox.PendingEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** National selections published and amended as the candidatures service does, for tests that play its part. */
public final class SelectionMother {

    public static final String SOURCE = "/traam/candidatures";
    public static final String TYPE = "fr.education.traam.candidatures.national-selection-published.v1";
    public static final String AMENDED_TYPE = "fr.education.traam.candidatures.national-selection-amended.v1";

    private SelectionMother() {
    }

    /** The first-year selection of {@code themeId} in {@code campaignId}, retaining {@code selected}, not {@code notRetained}. */
    public static NationalSelectionPublished selection(String campaignId, String themeId, List<String> selected, List<String> notRetained) {
        return new NationalSelectionPublished(campaignId + "/" + themeId, campaignId, themeId, ThemeCycle.FIRST_YEAR, 6, selected,
                notRetained, selected.size(), notRetained.size(), 0, "expert-lettres");
    }

    /**
     * Amendment n°{@code revision} of the first-year selection of {@code themeId}: {@code academy} goes {@code to}, and the
     * selection then retains {@code selected}, not {@code notRetained}.
     */
    public static NationalSelectionAmended amended(String campaignId, String themeId, int revision, String academy, SelectionDecision to,
                                                   List<String> selected, List<String> notRetained) {
        SelectionDecision from = to == SelectionDecision.SELECTED ? SelectionDecision.NOT_RETAINED : SelectionDecision.SELECTED;
        return new NationalSelectionAmended(campaignId + "/" + themeId, campaignId, themeId, ThemeCycle.FIRST_YEAR, 6, revision,
                new AcademyDetails(academy, Academy.nameOf(academy)), from, to, selected, notRetained, 0);
    }

    /**
     * The creation of {@code campaignId} with one theme per id, as the campaigns service publishes it: a selection is
     * news only for a campaign the service knows, or it is retried and dead-lettered.
     */
    public static PendingEvent campaign(String campaignId, String... themeIds) {
        List<ThemeDetails> themes = Arrays.stream(themeIds).map(id -> new ThemeDetails(id, "Thème " + id, "",
                ThemeKind.DISCIPLINARY, List.of("Lettres"), List.of(new DneExpert("expert-lettres", "Claire Martin")), 6,
                ThemeCycle.FIRST_YEAR, null)).toList();
        return PendingEvent.of(new CampaignCreated(campaignId, "2027-2028", "TraAM 2027-2028", new CampaignCalendar(
                LocalDate.of(2027, 3, 15), LocalDate.of(2027, 5, 14), LocalDate.of(2027, 6, 18), LocalDate.of(2027, 9, 1),
                LocalDate.of(2028, 9, 1), LocalDate.of(2029, 7, 6)), themes, "expert-lettres"), "/traam/campaigns", Instant.now());
    }

    public static PendingEvent pending(TraamEvent selectionEvent) {
        return PendingEvent.of(selectionEvent, SOURCE, Instant.now());
    }
}
