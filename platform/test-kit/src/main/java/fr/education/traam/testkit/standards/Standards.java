package fr.education.traam.testkit.standards;

import org.junit.jupiter.api.Assumptions;
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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The third-party schemas of {@code ../shared/standards} (its README says what each is): found beside the repository a
 * test runs in (the nearest folder above the module's holding the Maven wrapper, whatever the module's depth),
 * compiled once per JVM.
 * A test that needs them calls {@link #folder()}, which skips it with a logged reason when the folder is absent, as it
 * is on a checkout without the shared standards.
 */
public final class Standards {

    private static final System.Logger LOG = System.getLogger(Standards.class.getName());
    private static final Map<Path, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private Standards() {
    }

    /**
     * The standards folder beside the repository, if there is one; system property {@code traam.standards} names
     * another (a run can so check that the tests skip, saying why, without it).
     */
    public static Optional<Path> find() {
        String named = System.getProperty("traam.standards");
        Path folder = named != null && !named.isBlank() ? Path.of(named).toAbsolutePath().normalize()
                : repository().resolve("../shared/standards").normalize();
        return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
    }

    /** The repository a test runs in: the nearest folder above the module's that holds the Maven wrapper. */
    private static Path repository() {
        Path here = Path.of("").toAbsolutePath();
        for (Path folder = here; folder != null; folder = folder.getParent()) {
            if (Files.isRegularFile(folder.resolve("mvnw"))) {
                return folder;
            }
        }
        return here;
    }

    /** The standards folder; the calling test is skipped, with the reason logged, when it is absent. */
    public static Path folder() {
        Optional<Path> folder = find();
        if (folder.isEmpty()) {
            String reason = "no standards folder (../shared/standards beside the repository, looked from "
                    + Path.of("").toAbsolutePath() + ", or -Dtraam.standards): the check against the standards is skipped";
            LOG.log(System.Logger.Level.WARNING, reason);
            Assumptions.abort(reason);
        }
        return folder.orElseThrow();
    }

    /** The ScoLOMFR 3.0 schemas' folder ({@code scolomfr.xsd} and the vocabularies). */
    public static Path scolomfrSchemas() {
        return folder().resolve("scolomfr-3.0/schemas");
    }

    /** The ScoLOMFR 3.0 schema, entry point {@code scolomfr.xsd}. */
    public static Schema scolomfr() {
        return schema(scolomfrSchemas().resolve("scolomfr.xsd"));
    }

    /** The schema at {@code xsd}, compiled once. */
    public static Schema schema(Path xsd) {
        return SCHEMAS.computeIfAbsent(xsd.toAbsolutePath().normalize(), path -> {
            try {
                return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(path.toFile());
            } catch (SAXException e) {
                throw new IllegalStateException("cannot compile " + path + ": " + e.getMessage(), e);
            }
        });
    }

    /** Validates {@code xml} against {@code schema}; the exception names the first violation, line and column. */
    public static void validate(Schema schema, String xml) throws SAXException, IOException {
        validate(schema, new StreamSource(new StringReader(xml)));
    }

    public static void validate(Schema schema, Source xml) throws SAXException, IOException {
        Validator validator = schema.newValidator();
        validator.validate(xml);
    }
}
