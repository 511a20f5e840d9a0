package fr.education.traam.campaigns.campaign;

import fr.education.traam.kit.domain.Refused;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A French school year, written {@code 2027-2028}: September to July. */
public record SchoolYear(int startYear) {

    private static final Pattern FORM = Pattern.compile("([0-9]{4})-([0-9]{4})");

    public SchoolYear {
        if (startYear < 2000 || startYear > 2999) {
            throw Refused.invalid("schoolYear", "school year must start between 2000 and 2999");
        }
    }

    public static SchoolYear parse(String text) {
        Matcher matcher = text == null ? null : FORM.matcher(text);
        if (matcher == null || !matcher.matches()) {
            throw Refused.invalid("schoolYear", "school year must read like 2027-2028");
        }
        int start = Integer.parseInt(matcher.group(1));
        if (Integer.parseInt(matcher.group(2)) != start + 1) {
            throw Refused.invalid("schoolYear", "a school year spans two consecutive years, like 2027-2028");
        }
        return new SchoolYear(start);
    }

    @Override
    public String toString() {
        return startYear + "-" + (startYear + 1);
    }
}
