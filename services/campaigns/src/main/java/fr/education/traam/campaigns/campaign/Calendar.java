package fr.education.traam.campaigns.campaign;

import fr.education.traam.contract.campaigns.CampaignCalendar;
import fr.education.traam.contract.campaigns.CampaignPhase;
import fr.education.traam.kit.domain.Refused;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The dates of a campaign, each the first day of a phase. They are data, not constants: the call opens
 * mid-March most years, but in February or April in others.
 */
public record Calendar(
        LocalDate callOpening,
        LocalDate academicSelectionDeadline,
        LocalDate nationalSelection,
        LocalDate launch,
        LocalDate yearTwoStart,
        LocalDate closing) {

    public Calendar {
        LocalDate previous = null;
        String previousName = null;
        for (Map.Entry<String, LocalDate> milestone : milestones(callOpening, academicSelectionDeadline,
                nationalSelection, launch, yearTwoStart, closing).entrySet()) {
            if (milestone.getValue() == null) {
                throw Refused.invalid("calendar." + milestone.getKey(), "date is missing");
            }
            if (previous != null && !milestone.getValue().isAfter(previous)) {
                throw Refused.invalid("calendar." + milestone.getKey(),
                        "must come after " + previousName + " (" + previous + ")");
            }
            previous = milestone.getValue();
            previousName = milestone.getKey();
        }
    }

    /** The first day of {@code phase}; empty for the draft, which has none. */
    public Optional<LocalDate> startOf(CampaignPhase phase) {
        return Optional.ofNullable(switch (phase) {
            case DRAFT -> null;
            case CALL_OPEN -> callOpening;
            case NATIONAL_SELECTION -> academicSelectionDeadline;
            case LAUNCH_PREPARATION -> nationalSelection;
            case YEAR_ONE -> launch;
            case YEAR_TWO -> yearTwoStart;
            case CLOSED -> closing;
        });
    }

    /** The JSON field name of the date that starts {@code phase}. */
    static String fieldOf(CampaignPhase phase) {
        return switch (phase) {
            case DRAFT -> "";
            case CALL_OPEN -> "callOpening";
            case NATIONAL_SELECTION -> "academicSelectionDeadline";
            case LAUNCH_PREPARATION -> "nationalSelection";
            case YEAR_ONE -> "launch";
            case YEAR_TWO -> "yearTwoStart";
            case CLOSED -> "closing";
        };
    }

    public CampaignCalendar toContract() {
        return new CampaignCalendar(callOpening, academicSelectionDeadline, nationalSelection, launch, yearTwoStart, closing);
    }

    private static Map<String, LocalDate> milestones(LocalDate callOpening, LocalDate academicSelectionDeadline,
                                                     LocalDate nationalSelection, LocalDate launch,
                                                     LocalDate yearTwoStart, LocalDate closing) {
        Map<String, LocalDate> milestones = new LinkedHashMap<>();
        milestones.put("callOpening", callOpening);
        milestones.put("academicSelectionDeadline", academicSelectionDeadline);
        milestones.put("nationalSelection", nationalSelection);
        milestones.put("launch", launch);
        milestones.put("yearTwoStart", yearTwoStart);
        milestones.put("closing", closing);
        return milestones;
    }
}
