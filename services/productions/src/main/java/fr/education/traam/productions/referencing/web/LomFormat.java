package fr.education.traam.productions.referencing.web;

import fr.education.traam.contract.productions.ProductionPublished;
import fr.education.traam.productions.referencing.ScolomfrRecord;
import fr.education.traam.productions.referencing.ScolomfrRecord.Classification;
import fr.education.traam.productions.referencing.ScolomfrRecord.Contribution;
import fr.education.traam.productions.referencing.ScolomfrRecord.Identifier;
import fr.education.traam.productions.referencing.ScolomfrRecord.Taxon;
import fr.education.traam.productions.referencing.ScolomfrRecord.TaxonPath;
import fr.education.traam.productions.referencing.ScolomfrRecord.VCard;
import fr.education.traam.reference.scolomfr.ScolomfrConcept;
import fr.education.traam.reference.scolomfr.ScolomfrMapping;
import org.springframework.stereotype.Component;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The {@code lom} metadata format: a published scenario or training module as a ScoLOMFR 3.0 LOM record
 * ({@link ScolomfrRecord}), written with StAX in the order of the ministry's annotated example. Stateless, so the
 * OAI-PMH provider may call it from any thread.
 */
@Component
public class LomFormat implements MetadataFormat {

    /** The namespace of LOM and so of ScoLOMFR records. */
    public static final String NAMESPACE = "http://ltsc.ieee.org/xsd/LOM";

    /** The ScoLOMFR schema, where the ministry's example record locates it. */
    public static final String SCHEMA = "http://www.lom-fr.fr/scolomfr/outils/xsd/scolomfrv20/scolomfr.xsd";

    // LOM's DateTime pattern admits a zone only after fractional seconds: 2026-12-03T12:00:00.000Z.
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final ScolomfrMapping mapping;
    private final ScolomfrRecord.Origin origin;

    public LomFormat(LomProperties properties) {
        this.mapping = ScolomfrMapping.standard();
        this.origin = properties.origin();
    }

    @Override
    public String prefix() {
        return "lom";
    }

    @Override
    public String schema() {
        return SCHEMA;
    }

    @Override
    public String namespace() {
        return NAMESPACE;
    }

    /** {@inheritDoc} Only scenarios and training modules have a record ({@link ScolomfrRecord#references}). */
    @Override
    public void write(String identifier, ProductionPublished production, Instant publishedAt, XMLStreamWriter out)
            throws XMLStreamException {
        write(ScolomfrRecord.of(identifier, production, publishedAt, mapping, origin), out);
    }

    void write(ScolomfrRecord lom, XMLStreamWriter out) throws XMLStreamException {
        out.writeStartElement("", "lom", NAMESPACE);
        out.writeDefaultNamespace(NAMESPACE);
        out.writeNamespace("xsi", XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI);
        out.writeAttribute("xsi", XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "schemaLocation", NAMESPACE + " " + SCHEMA);

        start(out, "general");
        for (Identifier identifier : lom.identifiers()) {
            identifier(out, identifier);
        }
        langString(out, "title", lom.title());
        text(out, "language", lom.language());
        langString(out, "description", lom.description());
        for (String keyword : lom.keywords()) {
            langString(out, "keyword", keyword);
        }
        out.writeEndElement();

        start(out, "lifeCycle");
        for (Contribution contribution : lom.contributions()) {
            contribution(out, contribution);
        }
        out.writeEndElement();

        start(out, "metaMetadata");
        identifier(out, lom.metaMetadata().identifier());
        contribution(out, lom.metaMetadata().contribution());
        for (String schema : lom.metaMetadata().schemas()) {
            text(out, "metadataSchema", schema);
        }
        text(out, "language", lom.metaMetadata().language());
        out.writeEndElement();

        start(out, "technical");
        text(out, "location", lom.location());
        out.writeEndElement();

        start(out, "educational");
        vocabulary(out, "learningResourceType", lom.learningResourceType());
        vocabulary(out, "intendedEndUserRole", lom.intendedEndUserRole());
        for (ScolomfrConcept context : lom.contexts()) {
            vocabulary(out, "context", context);
        }
        text(out, "language", lom.language());
        out.writeEndElement();

        start(out, "rights");
        vocabulary(out, "cost", lom.cost());
        vocabulary(out, "copyrightAndOtherRestrictions", lom.copyright());
        langString(out, "description", lom.rightsDescription());
        out.writeEndElement();

        for (Classification classification : lom.classifications()) {
            classification(out, classification);
        }
        out.writeEndElement();
    }

    private static void identifier(XMLStreamWriter out, Identifier identifier) throws XMLStreamException {
        start(out, "identifier");
        text(out, "catalog", identifier.catalog());
        text(out, "entry", identifier.entry());
        out.writeEndElement();
    }

    private static void contribution(XMLStreamWriter out, Contribution contribution) throws XMLStreamException {
        start(out, "contribute");
        vocabulary(out, "role", contribution.role());
        for (VCard entity : contribution.entities()) {
            start(out, "entity");
            out.writeCData(entity.text());
            out.writeEndElement();
        }
        start(out, "date");
        text(out, "dateTime", DATE_TIME.format(contribution.date().truncatedTo(ChronoUnit.MILLIS)));
        out.writeEndElement();
        out.writeEndElement();
    }

    private static void classification(XMLStreamWriter out, Classification classification) throws XMLStreamException {
        start(out, "classification");
        vocabulary(out, "purpose", classification.purpose());
        for (TaxonPath path : classification.taxonPaths()) {
            start(out, "taxonPath");
            langString(out, "source", path.source());
            for (Taxon taxon : path.taxons()) {
                start(out, "taxon");
                text(out, "id", taxon.id());
                langString(out, "entry", taxon.entry());
                out.writeEndElement();
            }
            out.writeEndElement();
        }
        langString(out, "description", classification.description());
        out.writeEndElement();
    }

    /** A vocabulary value as ScoLOMFR writes it: its source, the concept's URI and its label. */
    private static void vocabulary(XMLStreamWriter out, String name, ScolomfrConcept concept) throws XMLStreamException {
        start(out, name);
        text(out, "source", ScolomfrRecord.SOURCE);
        text(out, "value", concept.uri());
        text(out, "label", concept.label());
        out.writeEndElement();
    }

    /** A LOM LangString; its language is the record's (metaMetadata/language), so it names none. */
    private static void langString(XMLStreamWriter out, String name, String value) throws XMLStreamException {
        start(out, name);
        text(out, "string", value == null ? "" : value);
        out.writeEndElement();
    }

    private static void text(XMLStreamWriter out, String name, String value) throws XMLStreamException {
        start(out, name);
        out.writeCharacters(value == null ? "" : value);
        out.writeEndElement();
    }

    private static void start(XMLStreamWriter out, String name) throws XMLStreamException {
        out.writeStartElement("", name, NAMESPACE);
    }
}
