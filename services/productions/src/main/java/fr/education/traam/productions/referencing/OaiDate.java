package fr.education.traam.productions.referencing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A {@code from} or {@code until} argument, to the day ({@code YYYY-MM-DD}) or to the second
 * ({@code YYYY-MM-DDThh:mm:ssZ}), the two granularities the repository supports. Both bounds are inclusive: a day
 * from its first second, until its last.
 */
public record OaiDate(String text, boolean day, Instant first, Instant last) {

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern SECOND = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    private static final DateTimeFormatter DATESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    /** Empty when {@code text} is neither granularity, or no such date. */
    public static Optional<OaiDate> parse(String text) {
        try {
            if (DAY.matcher(text).matches()) {
                LocalDate date = LocalDate.parse(text);
                Instant start = date.atStartOfDay(ZoneOffset.UTC).toInstant();
                return Optional.of(new OaiDate(text, true, start, start.plus(1, ChronoUnit.DAYS).minusSeconds(1)));
            }
            if (SECOND.matcher(text).matches()) {
                Instant at = Instant.parse(text);
                // Instant.parse reads 24:00:00 as the next day's midnight: only a date written as its datestamp is one.
                return datestamp(at).equals(text) ? Optional.of(new OaiDate(text, false, at, at)) : Optional.empty();
            }
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A datestamp at the repository's finest granularity. */
    public static String datestamp(Instant at) {
        return DATESTAMP.format(at.truncatedTo(ChronoUnit.SECONDS));
    }
}
