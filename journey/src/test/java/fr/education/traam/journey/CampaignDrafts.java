package fr.education.traam.journey;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Campaigns as the DNE drafts them, in the shape {@code POST /api/campaigns} takes. */
final class CampaignDrafts {

    static final String THEME_TITLE = "IA et écriture";
    /** The id the campaigns service gives {@link #THEME_TITLE}: its slug. */
    static final String THEME_ID = "ia-et-ecriture";
    static final String EXPERT_ID = "expert-lettres";
    /** A second theme, selected after the first: more news for the académies' websites. */
    static final String SECOND_THEME_TITLE = "IA et débat argumenté";
    static final String SECOND_THEME_ID = "ia-et-debat-argumente";

    /** Journeys share one platform, which keeps one campaign per school year: each draft takes the next year. */
    private static final AtomicInteger NEXT_SCHOOL_YEAR = new AtomicInteger(2100);

    record Draft(String schoolYear, String title, Calendar calendar, List<Theme> themes) {
    }

    record Calendar(String callOpening, String academicSelectionDeadline, String nationalSelection, String launch,
                    String yearTwoStart, String closing) {
    }

    record Theme(String title, String kind, List<String> disciplines, List<Expert> experts, int capacity) {
    }

    record Expert(String id, String name) {
    }

    record PhaseTransition(String to) {
    }

    private CampaignDrafts() {
    }

    /**
     * A campaign with two themes of six places, led by the same expert. Its calendar lies in the future,
     * so only the expert's transitions move it: the calendar check never races the journey.
     */
    static Draft withTwoThemes() {
        List<Expert> experts = List.of(new Expert(EXPERT_ID, "Claire Martin"));
        int start = NEXT_SCHOOL_YEAR.getAndIncrement();
        String schoolYear = start + "-" + (start + 1);
        return new Draft(schoolYear, "TraAM " + schoolYear,
                new Calendar("2027-03-15", "2027-05-14", "2027-06-18", "2027-09-01", "2028-09-01", "2029-07-06"),
                List.of(new Theme(THEME_TITLE, "INTERDISCIPLINARY", List.of("Lettres", "Philosophie"), experts, 6),
                        new Theme(SECOND_THEME_TITLE, "DISCIPLINARY", List.of("Lettres"), experts, 6)));
    }
}
