package fr.education.traam.productions.referencing.web;

import fr.education.traam.contract.candidatures.AcademyDetails;
import fr.education.traam.contract.productions.ProductionPublished;
import fr.education.traam.contract.productions.ProductionType;
import org.springframework.stereotype.Component;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Simple Dublin Core ({@code oai_dc}), the format every OAI-PMH repository offers: the production's title, its
 * authoring académies' groups (never people's names), subjects (disciplines and CRCN competences), summary, kind,
 * page, language and licence.
 */
@Component
class DublinCoreFormat implements MetadataFormat {

    static final String OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    @Override
    public String prefix() {
        return "oai_dc";
    }

    @Override
    public String schema() {
        return "http://www.openarchives.org/OAI/2.0/oai_dc.xsd";
    }

    @Override
    public String namespace() {
        return OAI_DC;
    }

    @Override
    public void write(String identifier, ProductionPublished production, Instant publishedAt, XMLStreamWriter out)
            throws XMLStreamException {
        out.writeStartElement("oai_dc", "dc", OAI_DC);
        out.writeNamespace("oai_dc", OAI_DC);
        out.writeNamespace("dc", DC);
        out.writeNamespace("xsi", XSI);
        out.writeAttribute("xsi", XSI, "schemaLocation", OAI_DC + " " + schema());
        element(out, "title", production.title());
        if (production.academies().isEmpty()) {
            element(out, "creator", "Groupe national TraAM");
        }
        for (AcademyDetails academy : production.academies()) {
            element(out, "creator", "Groupe TraAM de l'académie de " + academy.name());
        }
        for (String discipline : production.disciplines()) {
            element(out, "subject", discipline);
        }
        for (String competence : production.competences()) {
            element(out, "subject", "CRCN " + competence);
        }
        element(out, "description", production.summary());
        element(out, "publisher", "Ministère de l'Éducation nationale — TraAM");
        if (production.theme() != null) {
            element(out, "relation", "TraAM " + production.theme().schoolYear() + " — " + production.theme().title());
        }
        if (publishedAt != null) {
            element(out, "date", DateTimeFormatter.ISO_LOCAL_DATE.format(publishedAt.atOffset(ZoneOffset.UTC)));
        }
        element(out, "type", production.type() == ProductionType.TRAINING_MODULE ? "Module de formation" : "Scénario pédagogique");
        element(out, "type", "InteractiveResource");
        element(out, "format", "text/html");
        element(out, "identifier", production.url());
        element(out, "language", "fr");
        if (production.licence() != null) {
            element(out, "rights", production.licence() + (production.licenceUrl() == null ? "" : " " + production.licenceUrl()));
        }
        out.writeEndElement();
    }

    private static void element(XMLStreamWriter out, String name, String text) throws XMLStreamException {
        if (text == null || text.isBlank()) {
            return;
        }
        out.writeStartElement("dc", name, DC);
        out.writeCharacters(text);
        out.writeEndElement();
    }
}
