package fr.education.traam.reference.scolomfr;

import fr.education.traam.contract.productions.ProductionType;
import fr.education.traam.reference.CrcnCompetence;
import fr.education.traam.reference.Discipline;
import fr.education.traam.reference.SchoolLevel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The platform's values as ScoLOMFR 3.0 concepts, read from {@code scolomfr-3.0.tsv}: a line per value, tab separated,
 * {@code kind key vocabulary concept label}. The kinds are {@link Kind}'s; the keys are the platform's codes
 * ({@code CINQUIEME}, {@code 3.1}, {@code LETTRES}) or, for the fixed concepts, a word the record writer names.
 * Data rather than code so that the ministry's next vocabulary release is a reviewable diff of one file.
 */
public final class ScolomfrMapping {

    private static final String RESOURCE = "scolomfr-3.0.tsv";
    private static final ScolomfrMapping STANDARD = load();

    /** What a line maps. */
    public enum Kind {
        /** A school level's detailed educational level (scolomfr-voc-022). */
        LEVEL,
        /** A school level's cycle, where ScoLOMFR has one (scolomfr-voc-022). */
        CYCLE,
        /** A school level's teaching context, primary or secondary (scolomfr-voc-012). */
        CONTEXT,
        /** A discipline's teaching domain (scolomfr-voc-015). */
        DISCIPLINE,
        /**
         * A CRCN competence's nearest concept: ScoLOMFR 3.0 predates the CRCN (2019) and has no vocabulary of it, so
         * its domain's B2i domain, the framework the CRCN replaced (scolomfr-voc-016).
         */
        COMPETENCE,
        /** A production type's learning resource type (scolomfr-voc-010). */
        RESOURCE_TYPE,
        /** A production type's teaching context when its levels do not give it, a training module's (scolomfr-voc-012). */
        TYPE_CONTEXT,
        /** A contributor's role in the resource's life cycle (scolomfr-voc-003). */
        CONTRIBUTOR_ROLE,
        /** A contributor's role in the record's life (scolomfr-voc-013). */
        METADATA_ROLE,
        /** Who the resource is for (scolomfr-voc-011). */
        END_USER_ROLE,
        /** Whether using the resource costs something (scolomfr-voc-026). */
        COST,
        /** Whether it is under copyright or other restrictions (scolomfr-voc-027). */
        COPYRIGHT,
        /** What a classification classifies by (scolomfr-voc-028). */
        PURPOSE
    }

    private final Map<Kind, Map<String, ScolomfrConcept>> concepts;

    private ScolomfrMapping(Map<Kind, Map<String, ScolomfrConcept>> concepts) {
        this.concepts = concepts;
    }

    /** The mapping the platform ships. */
    public static ScolomfrMapping standard() {
        return STANDARD;
    }

    /** A mapping read from {@code tsv}; {@code #} starts a comment line. */
    public static ScolomfrMapping read(Reader tsv) throws IOException {
        Map<Kind, Map<String, ScolomfrConcept>> concepts = new LinkedHashMap<>();
        BufferedReader lines = new BufferedReader(tsv);
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 5) {
                throw new IllegalArgumentException("line " + number + ": kind, key, vocabulary, concept and label, tab separated");
            }
            Kind kind = Kind.valueOf(fields[0].strip().toUpperCase().replace('-', '_'));
            ScolomfrConcept concept = new ScolomfrConcept(fields[2].strip(), fields[3].strip(), fields[4].strip());
            if (concepts.computeIfAbsent(kind, k -> new LinkedHashMap<>()).putIfAbsent(fields[1].strip(), concept) != null) {
                throw new IllegalArgumentException("line " + number + ": " + kind + " " + fields[1] + " is mapped twice");
            }
        }
        return new ScolomfrMapping(concepts);
    }

    private static ScolomfrMapping load() {
        try (InputStream in = ScolomfrMapping.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing beside " + ScolomfrMapping.class.getName());
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The concept of {@code kind} for {@code key}, if the mapping has one. */
    public Optional<ScolomfrConcept> concept(Kind kind, String key) {
        return Optional.ofNullable(concepts.getOrDefault(kind, Map.of()).get(key));
    }

    /** Every concept of {@code kind}, by key, in the file's order. */
    public Map<String, ScolomfrConcept> concepts(Kind kind) {
        return Map.copyOf(concepts.getOrDefault(kind, Map.of()));
    }

    /** Every concept the mapping names, whatever its kind. */
    public List<ScolomfrConcept> all() {
        return concepts.values().stream().flatMap(byKey -> byKey.values().stream()).toList();
    }

    public Optional<ScolomfrConcept> level(SchoolLevel level) {
        return concept(Kind.LEVEL, level.name());
    }

    public Optional<ScolomfrConcept> cycle(SchoolLevel level) {
        return concept(Kind.CYCLE, level.name());
    }

    public Optional<ScolomfrConcept> context(SchoolLevel level) {
        return concept(Kind.CONTEXT, level.name());
    }

    public Optional<ScolomfrConcept> discipline(Discipline discipline) {
        return concept(Kind.DISCIPLINE, discipline.name());
    }

    public Optional<ScolomfrConcept> competence(CrcnCompetence competence) {
        return concept(Kind.COMPETENCE, competence.code());
    }

    public Optional<ScolomfrConcept> resourceType(ProductionType type) {
        return concept(Kind.RESOURCE_TYPE, type.name());
    }

    /** A concept the record always writes, e.g. {@code (COST, "no")}; its absence is a broken mapping file. */
    public ScolomfrConcept fixed(Kind kind, String key) {
        return concept(kind, key).orElseThrow(() ->
                new IllegalStateException(RESOURCE + " maps no " + kind + " " + key));
    }
}
