package fr.education.traam.web.theme;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * What a theme changes in the pages: the stylesheets they link and the class names of the few components they use.
 * One set of templates reads these ({@code th:class="${@theme.button}"}), so switching the theme swaps both the CSS and
 * the classes and no template is written twice (ADR 36). The platform's own parts (the timeline, the map) are styled
 * by {@code /theme/site.css} in either theme.
 */
public record Theme(
        ThemeProperties.Name name,
        List<String> stylesheets,
        String body,
        String container,
        String header,
        String footer,
        String nav,
        String navLink,
        String skipLink,
        String button,
        String buttonSecondary,
        String card,
        String cardTitle,
        String tag,
        String table,
        String alertInfo,
        String alertError,
        String input,
        String select,
        String label,
        String fieldset,
        String pagination,
        String breadcrumb) {

    public static final String SITE_CSS = "/theme/site.css";

    public Theme {
        Objects.requireNonNull(name, "name");
        stylesheets = List.copyOf(stylesheets);
    }

    /** The platform's own stylesheet and its class names ({@code static/theme/traam.css}). */
    public static Theme traam() {
        return new Theme(ThemeProperties.Name.TRAAM, List.of(SITE_CSS), "t-body", "t-container", "t-header", "t-footer",
                "t-nav", "t-nav-link", "t-skip-link", "t-btn", "t-btn t-btn--secondary", "t-card", "t-card-title", "t-tag",
                "t-table", "t-alert t-alert--info", "t-alert t-alert--error", "t-input", "t-select", "t-label",
                "t-fieldset", "t-pagination", "t-breadcrumb");
    }

    /** The State design system's classes, its stylesheet from the deployment's own copy, then ours for what it lacks. */
    public static Theme dsfr(URI baseUrl) {
        Objects.requireNonNull(baseUrl, "traam.web.dsfr.base-url must be set for the dsfr theme");
        return new Theme(ThemeProperties.Name.DSFR, List.of(dsfrStylesheet(baseUrl), SITE_CSS), "t-body", "fr-container",
                "fr-header t-header", "fr-footer t-footer", "fr-nav t-nav", "fr-nav__link t-nav-link", "fr-link t-skip-link",
                "fr-btn", "fr-btn fr-btn--secondary", "fr-card t-card", "fr-card__title t-card-title", "fr-tag", "fr-table t-table",
                "fr-alert fr-alert--info", "fr-alert fr-alert--error", "fr-input", "fr-select", "fr-label",
                "fr-fieldset", "fr-pagination t-pagination", "fr-breadcrumb t-breadcrumb");
    }

    public static Theme of(ThemeProperties properties) {
        return properties.theme() == ThemeProperties.Name.DSFR ? dsfr(properties.dsfr().baseUrl()) : traam();
    }

    static String dsfrStylesheet(URI baseUrl) {
        String base = baseUrl.toString();
        return (base.endsWith("/") ? base : base + "/") + "dsfr.min.css";
    }

    public boolean dsfr() {
        return name == ThemeProperties.Name.DSFR;
    }
}
