package fr.education.traam.dissemination.academyfeed.web;

import fr.education.traam.dissemination.academyfeed.AcademyEntry;
import fr.education.traam.dissemination.academyfeed.application.ReadingAcademyFeeds;
import fr.education.traam.dissemination.newsletter.application.DisseminationProperties;
import fr.education.traam.reference.Academy;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * An académie's public Atom 1.0 feed: its selections and its productions, the newest first, then an RFC 6721
 * {@code at:deleted-entry} for each of its latest withdrawn productions' entries. Written by a StAX writer,
 * so user text is escaped by the writer; its links start with the public base URL, so its {@code ETag} holds and a
 * conditional GET answers 304.
 */
@RestController
@Tag(name = "Academic sites", description = "Académies' websites, their webhook subscriptions and delivery logs")
class AcademyFeedController {

    static final String ATOM = "application/atom+xml;charset=UTF-8";
    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    /** RFC 6721: a deleted entry tells readers to drop the entry they hold under its {@code ref}. */
    static final String TOMBSTONES_NS = "http://purl.org/atompub/tombstones/1.0";
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();
    private static final CacheControl PUBLIC = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final ReadingAcademyFeeds feeds;
    private final DisseminationProperties properties;

    AcademyFeedController(ReadingAcademyFeeds feeds, DisseminationProperties properties) {
        this.feeds = feeds;
        this.properties = properties;
    }

    @GetMapping(value = "/api/dissemination/academies/{code}/feed.atom", produces = ATOM)
    @Operation(summary = "The académie's selections and productions as an Atom 1.0 feed (public; conditional GET answers 304)")
    ResponseEntity<String> atom(@PathVariable String code) {
        ReadingAcademyFeeds.Feed feed = feeds.feed(code);
        Academy academy = feed.academy();
        List<AcademyEntry> latest = feed.latest();
        // An amended selection rewrites older entries, a withdrawal takes one out: the feed changed when the latest did.
        Instant updated = Stream.concat(latest.stream().map(AcademyEntry::updatedAt),
                feed.withdrawn().stream().map(AcademyEntry::withdrawnAt)).max(Instant::compareTo).orElse(Instant.EPOCH);
        String body = render(academy, latest, feed.withdrawn(), updated);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(ATOM)).cacheControl(PUBLIC).eTag(etag(body))
                .lastModified(updated.truncatedTo(ChronoUnit.SECONDS)).body(body);
    }

    private String render(Academy academy, List<AcademyEntry> latest, List<AcademyEntry> withdrawn, Instant updated) {
        String self = properties.link("/api/dissemination/academies/" + academy.code() + "/feed.atom");
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM_NS);
            xml.writeNamespace("at", TOMBSTONES_NS);
            xml.writeAttribute("xml:lang", "fr");
            element(xml, "id", "tag:traam.education.fr,2026:academies/" + academy.code());
            element(xml, "title", "TraAM – académie de " + academy.label());
            element(xml, "updated", rfc3339(updated));
            xml.writeEmptyElement("link");
            xml.writeAttribute("rel", "self");
            xml.writeAttribute("type", "application/atom+xml");
            xml.writeAttribute("href", self);
            xml.writeStartElement("author");
            element(xml, "name", "Direction du numérique pour l'éducation (DNE) – TraAM");
            xml.writeEndElement();
            for (AcademyEntry entry : latest) {
                xml.writeStartElement("entry");
                element(xml, "id", entryId(academy, entry));
                element(xml, "title", entry.title());
                element(xml, "published", rfc3339(entry.occurredAt()));
                element(xml, "updated", rfc3339(entry.updatedAt()));
                if (entry.link() != null) {
                    xml.writeEmptyElement("link");
                    xml.writeAttribute("rel", "alternate");
                    xml.writeAttribute("href", entry.link());
                }
                element(xml, "summary", entry.summary());
                xml.writeEndElement();
            }
            for (AcademyEntry tombstone : withdrawn) {
                xml.writeStartElement("at", "deleted-entry", TOMBSTONES_NS);
                xml.writeAttribute("ref", entryId(academy, tombstone));
                xml.writeAttribute("when", rfc3339(tombstone.withdrawnAt()));
                if (tombstone.withdrawalReason() != null && !tombstone.withdrawalReason().isBlank()) {
                    xml.writeStartElement("at", "comment", TOMBSTONES_NS);
                    xml.writeAttribute("xml:lang", "fr");
                    xml.writeCharacters("Production retirée : " + tombstone.withdrawalReason());
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write an académie's feed", e);
        }
        return out.toString();
    }

    /** The entry's Atom id, which its tombstone names as {@code ref}. */
    private static String entryId(Academy academy, AcademyEntry entry) {
        return "tag:traam.education.fr,2026:academies/" + academy.code() + "/events/" + entry.eventId();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static String rfc3339(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private static String etag(String body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
