package fr.education.traam.testkit.standards;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.transform.Source;
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
 * The OAI-PMH 2.0 schema of ../shared/standards (beside the repository, never copied into it, found by the test kit's
 * {@link Standards}), to validate every response a test gets, with the ScoLOMFR 3.0 schema beside it: the records'
 * metadata is processed laxly, so a {@code lom} record is validated strictly against ScoLOMFR while an {@code oai_dc}
 * one, whose schema is not at hand, is checked by XPath in the tests. Without the folder, validation is skipped and
 * the reason logged once; the tests' other assertions still run.
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

    private static Optional<Schema> load() {
        Optional<Path> standards = Standards.find();
        if (standards.isEmpty()) {
            log.warn("OAI-PMH responses are not validated: no standards folder (../shared/standards beside the repository, "
                    + "or -Dtraam.standards), looked from {}", Path.of("").toAbsolutePath());
            return Optional.empty();
        }
        Path xsd = standards.get().resolve("oai-pmh-2.0/OAI-PMH.xsd");
        Path scolomfr = standards.get().resolve("scolomfr-3.0/schemas/scolomfr.xsd");
        try {
            // Read, not copied: metadata laxly, validated where a schema is known (ScoLOMFR), not where none is (oai_dc).
            String text = Files.readString(xsd).replace("processContents=\"strict\"", "processContents=\"lax\"");
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            StreamSource oai = new StreamSource(new StringReader(text), xsd.toUri().toString());
            return Optional.of(Files.isRegularFile(scolomfr) ? factory.newSchema(new Source[] {oai, new StreamSource(scolomfr.toFile())})
                    : factory.newSchema(oai));
        } catch (IOException | SAXException unreadable) {
            throw new IllegalStateException("cannot read the OAI-PMH schema at " + xsd, unreadable);
        }
    }
}
