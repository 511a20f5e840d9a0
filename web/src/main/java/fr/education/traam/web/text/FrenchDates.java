package fr.education.traam.web.text;

import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as French writes them, for the templates ({@code ${@dates.day(d)}}): "1er septembre 2030", "14 mai 2030",
 * and instants on the day they fell in Paris.
 */
@Component("dates")
public class FrenchDates {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter SHORT_MONTH_YEAR = DateTimeFormatter.ofPattern("MMM yyyy", Locale.FRENCH);

    /** "1er septembre 2030": the first of a month is an ordinal in French. */
    public String day(LocalDate date) {
        if (date == null) {
            return "";
        }
        return (date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth())) + " " + MONTH_YEAR.format(date);
    }

    /** The day an instant fell on in Paris, written as {@link #day(LocalDate)}. */
    public String day(Instant instant) {
        return instant == null ? "" : day(LocalDate.ofInstant(instant, PARIS));
    }

    /** "sept. 2030", for a timeline's ticks. */
    public String month(LocalDate date) {
        return date == null ? "" : SHORT_MONTH_YEAR.format(date);
    }
}
