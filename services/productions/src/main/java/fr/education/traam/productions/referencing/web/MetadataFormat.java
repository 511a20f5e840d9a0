package fr.education.traam.productions.referencing.web;

import fr.education.traam.contract.productions.ProductionPublished;
import java.time.Instant;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A metadata format the OAI-PMH data provider offers harvesters (Édubase, the académies' portals): Dublin Core
 * ({@code oai_dc}, which the protocol requires) and LOM in its ScoLOMFR profile ({@code lom}). Each writes one
 * published production's record as the single child of the protocol's {@code <metadata>} element.
 */
public interface MetadataFormat {

    /** The {@code metadataPrefix} harvesters name it by, e.g. {@code oai_dc}. */
    String prefix();

    /** The URL of the XML schema its records validate against, as {@code ListMetadataFormats} gives it. */
    String schema();

    /** The namespace of its records' root element. */
    String namespace();

    /**
     * Writes the record of {@code production}, published at {@code publishedAt}, under the writer's current element;
     * {@code identifier} is the record's OAI identifier.
     */
    void write(String identifier, ProductionPublished production, Instant publishedAt, XMLStreamWriter out)
            throws XMLStreamException;
}
