package fr.education.traam.groups.privacy;

import fr.education.traam.groups.group.WorkingGroup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * How long the personal data of a group's members are kept: {@code period} after the theme closes, that is after the
 * closing date of the campaign the group last worked on (a date passes at midnight in {@code zone}), or after the day
 * it closed for a group closed early (its académie not retained by an amendment, or not continued).
 */
public record Retention(Period period, ZoneId zone) {

    public Retention {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(zone, "zone");
        if (period.isNegative()) {
            throw new IllegalArgumentException("a retention period cannot be negative: " + period);
        }
    }

    /**
     * When the group's members' data may go.
     *
     * @param closing the closing date of the campaign of the group's latest stint, null when it is not known here
     * @return empty when that cannot be told (an open group of a campaign the view does not know): it is kept
     */
    public Optional<Instant> end(WorkingGroup group, LocalDate closing) {
        if (!group.active() && group.closedAt() != null) {
            return Optional.of(group.closedAt().atZone(zone).plus(period).toInstant());
        }
        return Optional.ofNullable(closing).map(date -> date.atStartOfDay(zone).plus(period).toInstant());
    }

    /** Whether the group's retention is over at {@code now}. */
    public boolean over(WorkingGroup group, LocalDate closing, Instant now) {
        return end(group, closing).filter(end -> !now.isBefore(end)).isPresent();
    }
}
