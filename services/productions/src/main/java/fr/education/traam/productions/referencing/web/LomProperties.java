package fr.education.traam.productions.referencing.web;

import fr.education.traam.productions.referencing.ScolomfrRecord;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who the {@code lom} records say publishes them: {@code publisher}, the organisation each record names as publisher
 * and as the maker of its metadata, and {@code metadata-catalog}, the catalog the records' own identifiers belong to
 * (the OAI repository's name).
 */
@ConfigurationProperties("traam.productions.referencing.lom")
public record LomProperties(
        @DefaultValue("Direction du numérique pour l'éducation (DNE)") String publisher,
        @DefaultValue("TraAM") String metadataCatalog) {

    /** The records' origin, checked. */
    public ScolomfrRecord.Origin origin() {
        return new ScolomfrRecord.Origin(publisher, metadataCatalog);
    }
}
