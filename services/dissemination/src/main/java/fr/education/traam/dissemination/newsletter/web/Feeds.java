package fr.education.traam.dissemination.newsletter.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import fr.education.traam.dissemination.newsletter.Edition;
import fr.education.traam.dissemination.newsletter.EditionLine;
import fr.education.traam.dissemination.newsletter.application.DisseminationProperties;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A line's editions as Atom 1.0, RSS 2.0 and JSON Feed 1.1, the newest first. XML goes through a StAX writer and
 * JSON through Jackson, so every title and summary is escaped by the writer, never by hand. Every link starts
 * with the public base URL, so a feed reads the same whoever fetched it, and its ETag holds.
 */
@Component
class Feeds {

    static final String ATOM = "application/atom+xml;charset=UTF-8";
    static final String RSS = "application/rss+xml;charset=UTF-8";
    static final String JSON_FEED = "application/feed+json;charset=UTF-8";

    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    private static final String PUBLISHER = "Direction du numérique pour l'éducation (DNE) – ÉduNum";
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();
    private static final JsonMapper JSON = JsonMapper.builder()
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL)).build();

    private final DisseminationProperties properties;

    Feeds(DisseminationProperties properties) {
        this.properties = properties;
    }

    String atom(EditionLine line) {
        return xml(xml -> {
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM_NS);
            xml.writeAttribute("xml:lang", "fr");
            element(xml, "id", tag(line, null));
            element(xml, "title", line.title());
            element(xml, "subtitle", description(line));
            element(xml, "updated", rfc3339(line.lastPublished()));
            link(xml, "self", "application/atom+xml", feedUrl(line, "atom"));
            link(xml, "alternate", "text/html", homePage(line));
            xml.writeStartElement("author");
            element(xml, "name", PUBLISHER);
            xml.writeEndElement();
            for (Edition edition : newestFirst(line)) {
                xml.writeStartElement("entry");
                element(xml, "id", tag(line, edition));
                element(xml, "title", edition.title());
                element(xml, "published", rfc3339(edition.publishedAt()));
                element(xml, "updated", rfc3339(edition.publishedAt()));
                link(xml, "alternate", "text/html", page(line, edition));
                xml.writeStartElement("summary");
                xml.writeAttribute("type", "text");
                xml.writeCharacters(Readable.textSummary(edition));
                xml.writeEndElement();
                xml.writeStartElement("content");
                xml.writeAttribute("type", "html");
                xml.writeCharacters(Readable.htmlFragment(edition));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    String rss(EditionLine line) {
        return xml(xml -> {
            xml.writeStartElement("rss");
            xml.writeAttribute("version", "2.0");
            xml.writeNamespace("atom", ATOM_NS);
            xml.writeStartElement("channel");
            element(xml, "title", line.title());
            element(xml, "link", homePage(line));
            element(xml, "description", description(line));
            element(xml, "language", "fr");
            element(xml, "lastBuildDate", rfc822(line.lastPublished()));
            xml.writeEmptyElement("atom", "link", ATOM_NS);
            xml.writeAttribute("rel", "self");
            xml.writeAttribute("type", "application/rss+xml");
            xml.writeAttribute("href", feedUrl(line, "rss"));
            for (Edition edition : newestFirst(line)) {
                xml.writeStartElement("item");
                element(xml, "title", edition.title());
                element(xml, "link", page(line, edition));
                xml.writeStartElement("guid");
                xml.writeAttribute("isPermaLink", "false");
                xml.writeCharacters(tag(line, edition));
                xml.writeEndElement();
                element(xml, "pubDate", rfc822(edition.publishedAt()));
                element(xml, "description", Readable.htmlFragment(edition));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    String jsonFeed(EditionLine line) {
        List<JsonFeedItem> items = newestFirst(line).stream().map(edition -> new JsonFeedItem(tag(line, edition),
                page(line, edition), edition.title(), Readable.htmlFragment(edition), Readable.textSummary(edition),
                rfc3339(edition.publishedAt()), "fr")).toList();
        return JSON.writeValueAsString(new JsonFeed("https://jsonfeed.org/version/1.1", line.title(), homePage(line),
                feedUrl(line, "json"), description(line), "fr", List.of(new Author(PUBLISHER)), items));
    }

    String page(EditionLine line, Edition edition) {
        return properties.editionPage(line.id().value(), edition.number());
    }

    String feedUrl(EditionLine line, String format) {
        return properties.link(properties.linePath(line.id().value()) + "/feed." + format);
    }

    /** The latest edition's page, where a reader of the line lands; the line itself before its first edition. */
    private String homePage(EditionLine line) {
        return line.latest().map(edition -> page(line, edition)).orElse(properties.link(properties.linePath(line.id().value())));
    }

    private List<Edition> newestFirst(EditionLine line) {
        List<Edition> editions = line.editions();
        int from = Math.max(0, editions.size() - properties.feedSize());
        List<Edition> newest = new ArrayList<>(editions.subList(from, editions.size()));
        Collections.reverse(newest);
        return newest;
    }

    private static String description(EditionLine line) {
        return "Les éditions de la lettre " + line.title() + " : les travaux académiques mutualisés (TraAM), leurs appels et leurs productions.";
    }

    /** Tag URIs (RFC 4151): stable ids that do not change with the host serving the feed. */
    private static String tag(EditionLine line, Edition edition) {
        return "tag:traam.education.fr,2026:edition-lines/" + line.id().value() + (edition == null ? "" : "/editions/" + edition.number());
    }

    private static String rfc3339(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    private static String rfc822(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    private static String xml(XmlBody body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write a feed", e);
        }
        return out.toString();
    }

    @FunctionalInterface
    private interface XmlBody {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    /** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/): member names as the specification spells them. */
    record JsonFeed(String version, String title, @JsonProperty("home_page_url") String homePageUrl,
                    @JsonProperty("feed_url") String feedUrl, String description, String language, List<Author> authors,
                    List<JsonFeedItem> items) {
    }

    record Author(String name) {
    }

    record JsonFeedItem(String id, String url, String title, @JsonProperty("content_html") String contentHtml, String summary,
                        @JsonProperty("date_published") String datePublished, String language) {
    }
}
