package fr.education.traam.contract.campaigns;

import java.util.List;

/**
 * A theme as consumers need it. {@code continuesThemeId} names the first-year theme a second-year theme
 * carries on, and is null for a first-year theme.
 */
public record ThemeDetails(
        String themeId,
        String title,
        String description,
        ThemeKind kind,
        List<String> disciplines,
        List<DneExpert> experts,
        int capacity,
        ThemeCycle cycle,
        String continuesThemeId) {
}
