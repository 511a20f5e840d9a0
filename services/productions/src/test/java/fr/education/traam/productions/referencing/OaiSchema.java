package fr.education.traam.productions.referencing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The OAI-PMH 2.0 schema of ../shared/standards (beside the repository, never copied into it), to validate every
 * response a test gets. The oai_dc schema is not there: records are validated laxly (the envelope strictly, the
 * metadata where a declaration is known) and their Dublin Core checked by XPath. Without the folder, validation is
 * skipped and the reason logged once.
 */
public final class OaiSchema {

    private static final Logger log = LoggerFactory.getLogger(OaiSchema.class);
    private static final Optional<Schema> SCHEMA = load();

    private OaiSchema() {
    }

    /** Validates {@code xml}; throws with the schema's message when it is not a valid protocol response. */
    public static void validate(String xml) {
        if (SCHEMA.isEmpty()) {
            return;
        }
        try {
            Validator validator = SCHEMA.get().newValidator();
            // Only local files: a schemaLocation hint must not send the test to the network.
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException | IOException invalid) {
            throw new AssertionError("not a valid OAI-PMH 2.0 response: " + invalid.getMessage() + "\n" + xml, invalid);
        }
    }

    public static boolean available() {
        return SCHEMA.isPresent();
    }

    /** The module's folder is services/productions: the repository's root is two levels up, the standards beside it. */
    static Path standards() {
        return Path.of("").toAbsolutePath().resolve("../..").normalize().resolve("../shared/standards").normalize();
    }

    private static Optional<Schema> load() {
        Path xsd = standards().resolve("oai-pmh-2.0/OAI-PMH.xsd");
        if (!Files.isRegularFile(xsd)) {
            log.warn("OAI-PMH responses are not validated: no schema at {} (the shared standards folder is absent)", xsd);
            return Optional.empty();
        }
        try {
            // Read, not copied: metadata laxly, since the oai_dc schema is not at hand.
            String text = Files.readString(xsd).replace("processContents=\"strict\"", "processContents=\"lax\"");
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            StreamSource source = new StreamSource(new StringReader(text), xsd.toUri().toString());
            return Optional.of(factory.newSchema(source));
        } catch (IOException | SAXException unreadable) {
            throw new IllegalStateException("cannot read the OAI-PMH schema at " + xsd, unreadable);
        }
    }
}
