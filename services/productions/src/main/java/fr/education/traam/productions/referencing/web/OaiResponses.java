package fr.education.traam.productions.referencing.web;

import fr.education.traam.productions.catalogue.CatalogueEntry;
import fr.education.traam.productions.catalogue.CatalogueSet;
import fr.education.traam.productions.referencing.OaiDate;
import fr.education.traam.productions.referencing.OaiError;
import fr.education.traam.productions.referencing.OaiVerb;
import fr.education.traam.productions.referencing.application.Harvesting;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Writes protocol responses with the JDK's StAX writer, which escapes every text and attribute. */
final class OaiResponses {

    static final String OAI = "http://www.openarchives.org/OAI/2.0/";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String SCHEMA = OAI + " http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd";
    /** The JDK's own, whatever StAX implementation is on the class path. */
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private final Harvesting harvesting;
    private final Map<String, MetadataFormat> formats;

    OaiResponses(Harvesting harvesting, Map<String, MetadataFormat> formats) {
        this.harvesting = harvesting;
        this.formats = formats;
    }

    /**
     * The response to a request with {@code arguments} (echoed in its request element unless an error hides them).
     */
    byte[] write(Map<String, String> arguments, Harvesting.Answer answer, Instant now) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter out = FACTORY.createXMLStreamWriter(bytes, "UTF-8");
            out.writeStartDocument("UTF-8", "1.0");
            out.writeStartElement("", "OAI-PMH", OAI);
            out.writeDefaultNamespace(OAI);
            out.writeNamespace("xsi", XSI);
            out.writeAttribute("xsi", XSI, "schemaLocation", SCHEMA);
            text(out, "responseDate", OaiDate.datestamp(now));
            out.writeStartElement(OAI, "request");
            boolean hidden = answer instanceof Harvesting.Errors errors && errors.errors().stream().anyMatch(OaiError::hidesArguments);
            if (!hidden) {
                for (Map.Entry<String, String> argument : new TreeMap<>(arguments).entrySet()) {
                    out.writeAttribute(argument.getKey(), argument.getValue());
                }
            }
            out.writeCharacters(harvesting.baseUrl());
            out.writeEndElement();
            body(out, answer);
            out.writeEndElement();
            out.writeEndDocument();
            out.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write an OAI-PMH response", e);
        }
        return bytes.toByteArray();
    }

    private void body(XMLStreamWriter out, Harvesting.Answer answer) throws XMLStreamException {
        if (answer instanceof Harvesting.Errors errors) {
            for (OaiError error : errors.errors()) {
                out.writeStartElement(OAI, "error");
                out.writeAttribute("code", error.code().name());
                out.writeCharacters(error.message());
                out.writeEndElement();
            }
        } else if (answer instanceof Harvesting.Identified identified) {
            out.writeStartElement(OAI, "Identify");
            text(out, "repositoryName", identified.repositoryName());
            text(out, "baseURL", identified.baseUrl());
            text(out, "protocolVersion", "2.0");
            for (String email : identified.adminEmails()) {
                text(out, "adminEmail", email);
            }
            text(out, "earliestDatestamp", OaiDate.datestamp(identified.earliestDatestamp()));
            text(out, "deletedRecord", "persistent");
            text(out, "granularity", "YYYY-MM-DDThh:mm:ssZ");
            out.writeEndElement();
        } else if (answer instanceof Harvesting.Formats offered) {
            out.writeStartElement(OAI, "ListMetadataFormats");
            for (String prefix : offered.prefixes()) {
                MetadataFormat format = formats.get(prefix);
                out.writeStartElement(OAI, "metadataFormat");
                text(out, "metadataPrefix", format.prefix());
                text(out, "schema", format.schema());
                text(out, "metadataNamespace", format.namespace());
                out.writeEndElement();
            }
            out.writeEndElement();
        } else if (answer instanceof Harvesting.Sets sets) {
            out.writeStartElement(OAI, "ListSets");
            for (CatalogueSet set : sets.sets()) {
                out.writeStartElement(OAI, "set");
                text(out, "setSpec", set.spec());
                text(out, "setName", set.name());
                out.writeEndElement();
            }
            out.writeEndElement();
        } else if (answer instanceof Harvesting.Single single) {
            out.writeStartElement(OAI, "GetRecord");
            record(out, single.entry(), formats.get(single.prefix()));
            out.writeEndElement();
        } else if (answer instanceof Harvesting.Page page) {
            boolean records = page.verb() == OaiVerb.ListRecords;
            out.writeStartElement(OAI, page.verb().name());
            for (CatalogueEntry entry : page.entries()) {
                if (records) {
                    record(out, entry, formats.get(page.prefix()));
                } else {
                    header(out, entry);
                }
            }
            if (page.token() != null) {
                token(out, page.token());
            }
            out.writeEndElement();
        }
    }

    private void record(XMLStreamWriter out, CatalogueEntry entry, MetadataFormat format) throws XMLStreamException {
        out.writeStartElement(OAI, "record");
        header(out, entry);
        // A deleted record has its header only (specification, section 2.5.1).
        if (!entry.withdrawn()) {
            out.writeStartElement(OAI, "metadata");
            format.write(harvesting.identifiers().of(entry.productionId()), entry.publication(), entry.publishedAt(), out);
            out.writeEndElement();
        }
        out.writeEndElement();
    }

    private void header(XMLStreamWriter out, CatalogueEntry entry) throws XMLStreamException {
        out.writeStartElement(OAI, "header");
        if (entry.withdrawn()) {
            out.writeAttribute("status", "deleted");
        }
        text(out, "identifier", harvesting.identifiers().of(entry.productionId()));
        text(out, "datestamp", OaiDate.datestamp(entry.changedAt()));
        List<CatalogueSet> sets = entry.sets();
        for (CatalogueSet set : sets) {
            text(out, "setSpec", set.spec());
        }
        out.writeEndElement();
    }

    private static void token(XMLStreamWriter out, Harvesting.Page.Token token) throws XMLStreamException {
        out.writeStartElement(OAI, "resumptionToken");
        if (token.expiresAt() != null) {
            out.writeAttribute("expirationDate", OaiDate.datestamp(token.expiresAt()));
        }
        out.writeAttribute("completeListSize", Long.toString(token.completeListSize()));
        out.writeAttribute("cursor", Long.toString(token.cursor()));
        out.writeCharacters(token.value());
        out.writeEndElement();
    }

    private static void text(XMLStreamWriter out, String name, String text) throws XMLStreamException {
        out.writeStartElement(OAI, name);
        out.writeCharacters(text);
        out.writeEndElement();
    }
}
