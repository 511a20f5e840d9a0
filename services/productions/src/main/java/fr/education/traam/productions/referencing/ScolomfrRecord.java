package fr.education.traam.productions.referencing;

import fr.education.traam.contract.candidatures.AcademyDetails;
import fr.education.traam.contract.productions.ProductionPublished;
import fr.education.traam.contract.productions.ProductionType;
import fr.education.traam.reference.CrcnCompetence;
import fr.education.traam.reference.Discipline;
import fr.education.traam.reference.SchoolLevel;
import fr.education.traam.reference.scolomfr.ScolomfrConcept;
import fr.education.traam.reference.scolomfr.ScolomfrMapping;
import fr.education.traam.reference.scolomfr.ScolomfrMapping.Kind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a published scenario or training module's ScoLOMFR 3.0 record says, element by element, before any XML: the
 * mandatory elements of the ministry's annotated example (identifier, title, language, description, contribution with
 * a vCard, location, classification) and the concepts the platform's values map to ({@link ScolomfrMapping}). What the
 * mapping does not know stays plain text: a discipline the platform does not recognise is a keyword, never a taxon.
 *
 * @param identifiers      the record's OAI identifier and the production's public page, as catalog and entry
 * @param keywords         the theme, then every discipline as written, recognised or not
 * @param contributions    the académies as authors, then the publisher
 * @param metaMetadata     who made this record, when, after which schemas
 * @param location         the production's public page
 * @param contexts         where it is taught (primary, secondary, continuing education)
 * @param classifications  by teaching domain, by level, by CRCN competence and by the nearest ScoLOMFR competence;
 *                         never empty
 */
public record ScolomfrRecord(
        List<Identifier> identifiers,
        String title,
        String language,
        String description,
        List<String> keywords,
        List<Contribution> contributions,
        MetaMetadata metaMetadata,
        String location,
        ScolomfrConcept learningResourceType,
        ScolomfrConcept intendedEndUserRole,
        List<ScolomfrConcept> contexts,
        ScolomfrConcept cost,
        ScolomfrConcept copyright,
        String rightsDescription,
        List<Classification> classifications) {

    /** The language of every production and of its record: French, as ISO 639-2/B writes it. */
    public static final String FRENCH = "fre";

    /** The metadata schemas a record follows, as the ScoLOMFR sources vocabulary names them. */
    public static final List<String> SCHEMAS = List.of("LOMv1.0", "LOMFRv1.0", "SCOLOMFRv3.0");

    /** The source every vocabulary value of a record names. */
    public static final String SOURCE = "SCOLOMFRv3.0";

    /** The taxon path source of the CRCN, which ScoLOMFR 3.0 has no vocabulary of. */
    public static final String CRCN = "Cadre de référence des compétences numériques (CRCN, décret n° 2019-919)";

    public ScolomfrRecord {
        identifiers = List.copyOf(identifiers);
        keywords = List.copyOf(keywords);
        contributions = List.copyOf(contributions);
        contexts = List.copyOf(contexts);
        classifications = List.copyOf(classifications);
        if (classifications.isEmpty()) {
            throw new IllegalArgumentException("a ScoLOMFR record has at least one classification");
        }
    }

    /** An identifier in a catalog: {@code URI} for a web address, the OAI repository's name for an OAI identifier. */
    public record Identifier(String catalog, String entry) {
    }

    /** Who contributed, in which role, when. */
    public record Contribution(ScolomfrConcept role, List<VCard> entities, Instant date) {

        public Contribution {
            entities = List.copyOf(entities);
        }
    }

    /** An organisation as a vCard 3.0 names it. Authorship is the académies' groups, never people (ProductionPublished). */
    public record VCard(String organisation) {

        public VCard {
            Objects.requireNonNull(organisation, "organisation");
        }

        /** The vCard 3.0 text: FN and N are mandatory, ORG says it is an organisation. */
        public String text() {
            String name = escaped(organisation);
            return "BEGIN:VCARD\nVERSION:3.0\nN:" + name + ";;;;\nFN:" + name + "\nORG:" + name + "\nEND:VCARD";
        }

        private static String escaped(String value) {
            return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replaceAll("[\\r\\n]+", " ");
        }
    }

    /** The record's own description: its identifier in the platform's catalog, who made it and when. */
    public record MetaMetadata(Identifier identifier, Contribution contribution, List<String> schemas, String language) {

        public MetaMetadata {
            schemas = List.copyOf(schemas);
        }
    }

    /** A classification: its purpose, its taxon paths (root first) and what it says in words. */
    public record Classification(ScolomfrConcept purpose, List<TaxonPath> taxonPaths, String description) {

        public Classification {
            taxonPaths = List.copyOf(taxonPaths);
        }
    }

    /** A path in one classification system, from its root to the leaf that classifies the production. */
    public record TaxonPath(String source, List<Taxon> taxons) {

        public TaxonPath {
            taxons = List.copyOf(taxons);
        }
    }

    /** A taxon: a concept URI (or a framework's code where ScoLOMFR has none) and its label. */
    public record Taxon(String id, String entry) {

        static Taxon of(ScolomfrConcept concept) {
            return new Taxon(concept.uri(), concept.label());
        }
    }

    /**
     * Who publishes the records: the publisher every record names (the DNE) and the catalog of its metadata, the OAI
     * repository's name.
     */
    public record Origin(String publisher, String metadataCatalog) {

        public Origin {
            if (publisher == null || publisher.isBlank() || metadataCatalog == null || metadataCatalog.isBlank()) {
                throw new IllegalArgumentException("a record's origin names its publisher and its metadata catalog");
            }
        }
    }

    /** The production types the platform references in Édubase. */
    public static boolean references(ProductionType type) {
        return type == ProductionType.SCENARIO || type == ProductionType.TRAINING_MODULE;
    }

    /**
     * The record of {@code production}, published at {@code publishedAt}, under OAI identifier {@code identifier}.
     *
     * @throws IllegalArgumentException for a production that is not referenced (a report, a synthesis...)
     */
    public static ScolomfrRecord of(String identifier, ProductionPublished production, Instant publishedAt,
                                    ScolomfrMapping mapping, Origin origin) {
        if (!references(production.type())) {
            throw new IllegalArgumentException("only scenarios and training modules are referenced, not " + production.type());
        }
        List<SchoolLevel> levels = production.levels().stream().map(SchoolLevel::byCode).flatMap(Optional::stream)
                .distinct().toList();
        List<CrcnCompetence> competences = production.competences().stream().map(CrcnCompetence::byCode)
                .flatMap(Optional::stream).distinct().toList();
        List<Discipline> disciplines = production.disciplines().stream().map(Discipline::byName).flatMap(Optional::stream)
                .distinct().toList();

        List<Classification> classifications = classifications(mapping, disciplines, levels, competences);
        ScolomfrConcept author = mapping.fixed(Kind.CONTRIBUTOR_ROLE, "author");
        ScolomfrConcept publisher = mapping.fixed(Kind.CONTRIBUTOR_ROLE, "publisher");
        List<VCard> authors = production.academies().stream().map(AcademyDetails::name).distinct()
                .map(name -> new VCard("Académie de " + name)).toList();
        List<Contribution> contributions = new ArrayList<>();
        // A national production (a module of the national group) credits no académie: the DNE is then its author.
        contributions.add(new Contribution(author, authors.isEmpty() ? List.of(new VCard(origin.publisher())) : authors, publishedAt));
        contributions.add(new Contribution(publisher, List.of(new VCard(origin.publisher())), publishedAt));

        Set<ScolomfrConcept> contexts = new LinkedHashSet<>();
        mapping.concept(Kind.TYPE_CONTEXT, production.type().name()).ifPresent(contexts::add);
        levels.forEach(level -> mapping.context(level).ifPresent(contexts::add));

        Set<String> keywords = new LinkedHashSet<>();
        if (production.theme() != null && production.theme().title() != null) {
            keywords.add(production.theme().title());
        }
        production.disciplines().stream().filter(d -> d != null && !d.isBlank()).map(String::strip).forEach(keywords::add);
        keywords.add("TraAM");

        return new ScolomfrRecord(
                List.of(new Identifier(origin.metadataCatalog(), identifier), new Identifier("URI", production.url())),
                production.title(), FRENCH, production.summary(), List.copyOf(keywords), contributions,
                new MetaMetadata(new Identifier(origin.metadataCatalog(), identifier),
                        new Contribution(mapping.fixed(Kind.METADATA_ROLE, "creator"), List.of(new VCard(origin.publisher())), publishedAt),
                        SCHEMAS, FRENCH),
                production.url(),
                mapping.resourceType(production.type()).orElseThrow(() ->
                        new IllegalStateException("no learning resource type for " + production.type())),
                mapping.fixed(Kind.END_USER_ROLE, "teacher"),
                List.copyOf(contexts),
                mapping.fixed(Kind.COST, "no"),
                mapping.fixed(Kind.COPYRIGHT, "yes"),
                rights(production),
                classifications);
    }

    private static List<Classification> classifications(ScolomfrMapping mapping, List<Discipline> disciplines,
                                                        List<SchoolLevel> levels, List<CrcnCompetence> competences) {
        List<Classification> classifications = new ArrayList<>();
        List<TaxonPath> domains = disciplines.stream().flatMap(d -> mapping.discipline(d).stream())
                .map(concept -> new TaxonPath(concept.vocabularyName(), List.of(Taxon.of(concept)))).toList();
        if (!domains.isEmpty()) {
            classifications.add(new Classification(mapping.fixed(Kind.PURPOSE, "discipline"), domains,
                    "Disciplines : " + String.join(", ", disciplines.stream().map(Discipline::label).toList())));
        }
        // A level and its cycle are two paths: voc-022 relates them, it does not nest one under the other.
        Set<ScolomfrConcept> levelConcepts = new LinkedHashSet<>();
        levels.forEach(level -> mapping.level(level).ifPresent(levelConcepts::add));
        levels.forEach(level -> mapping.cycle(level).ifPresent(levelConcepts::add));
        if (!levelConcepts.isEmpty()) {
            classifications.add(new Classification(mapping.fixed(Kind.PURPOSE, "level"),
                    levelConcepts.stream().map(c -> new TaxonPath(c.vocabularyName(), List.of(Taxon.of(c)))).toList(),
                    "Niveaux : " + String.join(", ", levels.stream().map(SchoolLevel::label).toList())));
        }
        if (!competences.isEmpty()) {
            classifications.add(new Classification(mapping.fixed(Kind.PURPOSE, "competence"),
                    competences.stream().map(c -> new TaxonPath(CRCN, List.of(
                            new Taxon("CRCN " + c.domain().number(), c.domain().label()),
                            new Taxon("CRCN " + c.code(), c.label())))).toList(),
                    "Compétences numériques du CRCN : " + String.join(", ", competences.stream().map(CrcnCompetence::code).toList())));
            Set<ScolomfrConcept> nearest = new LinkedHashSet<>();
            competences.forEach(c -> mapping.competence(c).ifPresent(nearest::add));
            classifications.add(new Classification(mapping.fixed(Kind.PURPOSE, "socle"),
                    nearest.stream().map(c -> new TaxonPath(c.vocabularyName(), List.of(Taxon.of(c)))).toList(),
                    "Domaines du B2i les plus proches des compétences du CRCN, qui l'a remplacé"));
        }
        if (classifications.isEmpty()) {
            // Nothing recognised: the record still classifies the production, by the teaching it is for.
            classifications.add(new Classification(mapping.fixed(Kind.PURPOSE, "discipline"), List.of(),
                    "Discipline non précisée"));
        }
        return classifications;
    }

    private static String rights(ProductionPublished production) {
        String licence = production.licence() == null ? "" : production.licence().strip();
        String url = production.licenceUrl() == null ? "" : production.licenceUrl().strip();
        return licence.isEmpty() ? url : url.isEmpty() ? licence : licence + " : " + url;
    }
}
