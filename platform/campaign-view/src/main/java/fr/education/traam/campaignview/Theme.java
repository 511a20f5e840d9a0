package fr.education.traam.campaignview;

import fr.education.traam.contract.campaigns.DneExpert;
import fr.education.traam.contract.campaigns.ThemeCycle;
import fr.education.traam.contract.campaigns.ThemeDetails;
import fr.education.traam.contract.campaigns.ThemeKind;

import java.util.List;
import java.util.Optional;

/**
 * A theme of a campaign: what the académies apply to and in which disciplines, who leads it ({@code experts}, one
 * DNE expert or a pair), how many académies its national selection may retain ({@code capacity}), and for a
 * second-year theme the first-year theme it continues.
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

    /** Whether the person with this id (a token's subject) is one of the theme's DNE experts. */
    public boolean ledBy(String expertId) {
        return experts.stream().anyMatch(expert -> expert.id().equals(expertId));
    }

    /** The first-year theme this one continues, for a second-year theme. */
    public Optional<ThemeId> continued() {
        return Optional.ofNullable(continues);
    }
}
