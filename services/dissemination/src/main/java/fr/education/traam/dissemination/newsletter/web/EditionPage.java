package fr.education.traam.dissemination.newsletter.web;

import fr.education.traam.dissemination.newsletter.Edition;
import fr.education.traam.dissemination.newsletter.EditionLine;
import fr.education.traam.dissemination.newsletter.NewsItem;
import fr.education.traam.dissemination.newsletter.application.DisseminationProperties;
import org.springframework.stereotype.Component;

import static fr.education.traam.dissemination.newsletter.web.Readable.escape;

/**
 * The public HTML page of an edition, written for every reader: French language declared, one {@code h1}, headings
 * that descend in order, the spotlight first under "Zoom sur…", links whose text says where they go, and every
 * piece of text escaped.
 */
@Component
class EditionPage {

    static final String HTML = "text/html;charset=UTF-8";

    private final DisseminationProperties properties;
    private final Feeds feeds;

    EditionPage(DisseminationProperties properties, Feeds feeds) {
        this.properties = properties;
        this.feeds = feeds;
    }

    String render(EditionLine line, Edition edition) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(edition.title())).append("</title>\n")
                .append("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"").append(escape(line.title()))
                .append(" (Atom)\" href=\"").append(escape(feeds.feedUrl(line, "atom"))).append("\">\n")
                .append("</head>\n<body>\n<main>\n<article>\n<header>\n")
                .append("<h1>").append(escape(edition.title())).append("</h1>\n")
                .append("<p>Publiée le <time datetime=\"").append(edition.publishedAt()).append("\">")
                .append(escape(Readable.frenchDate(edition.publishedAt(), properties.timeZone()))).append("</time></p>\n")
                .append("</header>\n");
        edition.spotlightItem().ifPresent(item -> {
            html.append("<section aria-labelledby=\"zoom-sur\">\n<h2 id=\"zoom-sur\">Zoom sur…</h2>\n");
            item(html, item);
            html.append("</section>\n");
        });
        if (!edition.items().isEmpty()) {
            html.append("<section aria-labelledby=\"dans-ce-numero\">\n<h2 id=\"dans-ce-numero\">Dans ce numéro</h2>\n");
            edition.items().forEach(item -> item(html, item));
            html.append("</section>\n");
        }
        html.append("</article>\n</main>\n<footer>\n<p><a href=\"").append(escape(feeds.feedUrl(line, "atom")))
                .append("\">S'abonner au fil Atom de la lettre ").append(escape(line.title())).append("</a></p>\n");
        if (edition.number() > 1) {
            html.append("<p><a href=\"").append(escape(properties.editionPage(line.id().value(), edition.number() - 1)))
                    .append("\">Lire le numéro précédent, ").append(escape(line.title())).append(" n°")
                    .append(edition.number() - 1).append("</a></p>\n");
        }
        html.append("</footer>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void item(StringBuilder html, NewsItem item) {
        html.append("<article>\n<h3>").append(escape(item.title())).append("</h3>\n");
        if (!item.summary().isBlank()) {
            html.append("<p>").append(escape(item.summary())).append("</p>\n");
        }
        if (item.note() != null) {
            html.append("<p><strong>").append(Readable.EDITORS_NOTE).append("</strong> ").append(escape(item.note())).append("</p>\n");
        }
        if (item.link() != null) {
            html.append("<p><a href=\"").append(escape(item.link())).append("\">").append(escape(Readable.linkText(item)))
                    .append("</a></p>\n");
        }
        html.append("</article>\n");
    }
}
