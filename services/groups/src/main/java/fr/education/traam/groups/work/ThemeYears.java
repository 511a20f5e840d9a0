package fr.education.traam.groups.work;

import java.time.LocalDate;

/**
 * The theme's two years, as its first campaign's calendar sets them: from the national selection (a group may meet
 * before the school year starts) to the campaign's closing.
 */
public record ThemeYears(LocalDate from, LocalDate to) {

    public boolean contain(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
