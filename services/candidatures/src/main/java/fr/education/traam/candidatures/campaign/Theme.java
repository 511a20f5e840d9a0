package fr.education.traam.candidatures.campaign;

import fr.education.traam.contract.campaigns.DneExpert;
import fr.education.traam.contract.campaigns.ThemeCycle;
import fr.education.traam.contract.campaigns.ThemeDetails;
import fr.education.traam.contract.campaigns.ThemeKind;

import java.util.List;

/**
 * A theme of a campaign as candidatures need it: what the académies apply to, how many the national
 * selection may retain ({@code capacity}), and for a second-year theme the first-year theme it continues.
 */
public record Theme(
        ThemeId id,
        String title,
        ThemeKind kind,
        List<String> disciplines,
        List<DneExpert> experts,
        int capacity,
        ThemeCycle cycle,
        ThemeId continues) {

    public Theme {
        disciplines = List.copyOf(disciplines);
        experts = List.copyOf(experts);
        cycle = cycle == null ? ThemeCycle.FIRST_YEAR : cycle;
    }

    public static Theme of(ThemeDetails details) {
        return new Theme(new ThemeId(details.themeId()), details.title(), details.kind(), details.disciplines(),
                details.experts(), details.capacity(), details.cycle(),
                details.continuesThemeId() == null ? null : new ThemeId(details.continuesThemeId()));
    }

    public boolean secondYear() {
        return cycle == ThemeCycle.SECOND_YEAR;
    }
}
