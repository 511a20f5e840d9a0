package fr.education.traam.contract.campaigns;

import java.time.LocalDate;

/** The dates of a campaign, each the first day of a phase (dates are per campaign, never constants). */
public record CampaignCalendar(
        LocalDate callOpening,
        LocalDate academicSelectionDeadline,
        LocalDate nationalSelection,
        LocalDate launch,
        LocalDate yearTwoStart,
        LocalDate closing) {
}
