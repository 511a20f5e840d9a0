package fr.education.traam.dissemination.newsletter.web;

import fr.education.traam.dissemination.newsletter.Edition;
import fr.education.traam.dissemination.newsletter.NewsItem;
import org.springframework.web.util.HtmlUtils;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Pieces of text every rendering shares: escaped HTML of an edition, French dates, meaningful link texts. */
final class Readable {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    /** How the editor's annotation is introduced, in the page and in the feeds alike. */
    static final String EDITORS_NOTE = "Le mot de la rédaction :";

    private Readable() {
    }

    static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }

    static String frenchDate(Instant instant, ZoneId zone) {
        return FRENCH_DATE.format(instant.atZone(zone));
    }

    /** Says where the link goes, so that it reads on its own in a screen reader's list of links. */
    static String linkText(NewsItem item) {
        return switch (item.kind()) {
            case CALL_OPEN -> "Consulter l'appel « " + item.title() + " »";
            case SELECTION_PUBLISHED -> "Consulter la sélection « " + item.title() + " »";
            case SELECTION_AMENDED -> "Consulter la sélection corrigée « " + item.title() + " »";
            case PRODUCTION_PUBLISHED -> "Consulter la ressource « " + item.title() + " »";
        };
    }

    /** The edition as an HTML fragment, for feeds' content: the spotlight first, under "Zoom sur…". */
    static String htmlFragment(Edition edition) {
        StringBuilder html = new StringBuilder();
        edition.spotlightItem().ifPresent(item -> {
            html.append("<h2>Zoom sur…</h2>");
            item(html, item);
        });
        if (!edition.items().isEmpty()) {
            html.append("<h2>Dans ce numéro</h2>");
            edition.items().forEach(item -> item(html, item));
        }
        return html.toString();
    }

    /** A plain-text summary of the edition, for feeds' summaries. */
    static String textSummary(Edition edition) {
        StringBuilder text = new StringBuilder();
        edition.spotlightItem().ifPresent(item -> text.append("Zoom sur… ").append(item.title()).append(". "));
        edition.items().forEach(item -> text.append(item.title()).append(". "));
        return text.toString().strip();
    }

    private static void item(StringBuilder html, NewsItem item) {
        html.append("<h3>").append(escape(item.title())).append("</h3>");
        if (!item.summary().isBlank()) {
            html.append("<p>").append(escape(item.summary())).append("</p>");
        }
        if (item.note() != null) {
            html.append("<p><strong>").append(EDITORS_NOTE).append("</strong> ").append(escape(item.note())).append("</p>");
        }
        if (item.link() != null) {
            html.append("<p><a href=\"").append(escape(item.link())).append("\">").append(escape(linkText(item))).append("</a></p>");
        }
    }
}
