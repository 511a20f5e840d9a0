package fr.education.traam.productions.referencing;

import fr.education.traam.contract.productions.ProductionPublished;
import fr.education.traam.contract.productions.ProductionType;
import fr.education.traam.reference.scolomfr.ScolomfrConcept;
import fr.education.traam.reference.scolomfr.ScolomfrMapping;
import fr.education.traam.productions.referencing.ScolomfrRecord.Classification;
import fr.education.traam.productions.referencing.ScolomfrRecord.Taxon;
import org.junit.jupiter.api.Test;

import java.util.List;

import static fr.education.traam.productions.referencing.ReferencingMother.IDENTIFIER;
import static fr.education.traam.productions.referencing.ReferencingMother.ORIGIN;
import static fr.education.traam.productions.referencing.ReferencingMother.PUBLISHED_AT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a record says of a publication: its mandatory elements, the concepts the platform's values map to. */
class ScolomfrRecordTest {

    private static final String CONCEPT = ScolomfrConcept.NAMESPACE;
    private final ScolomfrMapping mapping = ScolomfrMapping.standard();

    private ScolomfrRecord recordOf(ProductionPublished production) {
        return ScolomfrRecord.of(IDENTIFIER, production, PUBLISHED_AT, mapping, ORIGIN);
    }

    @Test
    void identifies_the_record_by_its_oai_identifier_and_the_production_by_its_public_page() {
        ScolomfrRecord lom = recordOf(ReferencingMother.scenario());
        assertThat(lom.identifiers()).containsExactly(new ScolomfrRecord.Identifier("TraAM", IDENTIFIER),
                new ScolomfrRecord.Identifier("URI", "https://traam.example.fr/productions/production-42"));
        assertThat(lom.location()).isEqualTo("https://traam.example.fr/productions/production-42");
        assertThat(lom.title()).isEqualTo("Réécrire un conte avec une IA");
        assertThat(lom.language()).isEqualTo("fre");
        assertThat(lom.metaMetadata().identifier().entry()).isEqualTo(IDENTIFIER);
        assertThat(lom.metaMetadata().schemas()).containsExactly("LOMv1.0", "LOMFRv1.0", "SCOLOMFRv3.0");
    }

    @Test
    void a_scenario_is_a_scenario_pedagogique_for_teachers_free_and_under_its_licence() {
        ScolomfrRecord lom = recordOf(ReferencingMother.scenario());
        assertThat(lom.learningResourceType().uri()).isEqualTo(CONCEPT + "scolomfr-voc-010-num-020");
        assertThat(lom.learningResourceType().label()).isEqualTo("scénario pédagogique");
        assertThat(lom.intendedEndUserRole().uri()).isEqualTo(CONCEPT + "teacher");
        assertThat(lom.cost().uri()).isEqualTo(CONCEPT + "no");
        assertThat(lom.copyright().uri()).isEqualTo(CONCEPT + "yes_2");
        assertThat(lom.rightsDescription()).isEqualTo("CC BY-NC-SA 4.0 : https://creativecommons.org/licenses/by-nc-sa/4.0/deed.fr");
        assertThat(lom.contexts()).extracting(ScolomfrConcept::label).containsExactly("enseignement secondaire");
    }

    @Test
    void the_academies_author_it_and_the_dne_publishes_it_as_organisations_in_vcards() {
        ScolomfrRecord lom = recordOf(ReferencingMother.scenario());
        assertThat(lom.contributions()).extracting(c -> c.role().label()).containsExactly("auteur", "éditeur");
        assertThat(lom.contributions().get(0).entities()).extracting(ScolomfrRecord.VCard::organisation)
                .containsExactly("Académie de Lyon", "Académie de Grenoble");
        assertThat(lom.contributions().get(1).entities().get(0).text()).isEqualTo(
                "BEGIN:VCARD\nVERSION:3.0\nN:Direction du numérique pour l'éducation (DNE);;;;\n"
                        + "FN:Direction du numérique pour l'éducation (DNE)\nORG:Direction du numérique pour l'éducation (DNE)\nEND:VCARD");
        assertThat(lom.contributions()).allSatisfy(c -> assertThat(c.date()).isEqualTo(PUBLISHED_AT));
    }

    @Test
    void classifies_by_teaching_domain_level_and_cycle_crcn_competence_and_its_nearest_scolomfr_concept() {
        List<Classification> classifications = recordOf(ReferencingMother.scenario()).classifications();
        assertThat(classifications).extracting(c -> c.purpose().label())
                .containsExactly("domaine d'enseignement", "niveau éducatif détaillé", "compétence", "socle commun");
        assertThat(taxons(classifications.get(0))).extracting(Taxon::id)
                .containsExactly(CONCEPT + "scolomfr-voc-015-num-1333", CONCEPT + "scolomfr-voc-015-num-980");
        assertThat(taxons(classifications.get(1))).extracting(Taxon::entry).containsExactly("5e", "4e", "cycle 4 (2016)");
        assertThat(classifications.get(2).taxonPaths()).allSatisfy(path -> assertThat(path.source()).isEqualTo(ScolomfrRecord.CRCN));
        assertThat(classifications.get(2).taxonPaths()).extracting(path -> path.taxons().get(1).id()).containsExactly("CRCN 3.1", "CRCN 2.3");
        assertThat(taxons(classifications.get(3))).extracting(Taxon::id)
                .containsExactly(CONCEPT + "scolomfr-voc-016-num-0043", CONCEPT + "scolomfr-voc-016-num-0045");
    }

    @Test
    void a_discipline_the_platform_does_not_know_is_a_keyword_and_never_a_taxon() {
        ScolomfrRecord lom = recordOf(ReferencingMother.scenario());
        assertThat(lom.keywords()).containsExactly("IA et écriture", "Lettres", "histoire-geographie", "Astronomie ludique", "TraAM");
        assertThat(lom.classifications()).flatExtracting(ScolomfrRecordTest::taxons).extracting(Taxon::entry)
                .noneMatch(entry -> entry.contains("Astronomie"));
    }

    @Test
    void a_training_module_is_continuing_education_material_credited_to_its_academies() {
        ScolomfrRecord lom = recordOf(ReferencingMother.trainingModule());
        assertThat(lom.learningResourceType().uri()).isEqualTo(CONCEPT + "lecture");
        assertThat(lom.contexts()).extracting(ScolomfrConcept::label).containsExactly("formation continue", "enseignement secondaire");
        assertThat(lom.contributions().get(0).entities()).extracting(ScolomfrRecord.VCard::organisation)
                .containsExactly("Académie de Versailles", "Académie de Nantes", "Académie de La Réunion");
        assertThat(taxons(lom.classifications().get(1))).extracting(Taxon::entry).containsExactly("2de générale et technologique",
                "terminale générale et technologique", "voie CAP", "1re professionnelle", "classe de détermination", "cycle terminal");
    }

    @Test
    void a_production_classified_by_nothing_is_still_classified_and_a_national_one_authored_by_the_publisher() {
        ScolomfrRecord lom = recordOf(ReferencingMother.unclassifiableScenario());
        assertThat(lom.classifications()).singleElement().satisfies(c -> {
            assertThat(c.purpose().label()).isEqualTo("domaine d'enseignement");
            assertThat(c.taxonPaths()).isEmpty();
        });
        assertThat(lom.contributions().get(0).entities()).extracting(ScolomfrRecord.VCard::organisation)
                .containsExactly(ORIGIN.publisher());
    }

    @Test
    void only_scenarios_and_training_modules_are_referenced() {
        ProductionPublished scenario = ReferencingMother.scenario();
        ProductionPublished report = new ProductionPublished(scenario.productionId(), 1, ProductionType.ACADEMIC_REPORT,
                scenario.title(), scenario.summary(), scenario.disciplines(), scenario.levels(), scenario.competences(),
                scenario.theme(), scenario.academy(), scenario.academies(), scenario.url(), scenario.licence(),
                scenario.licenceUrl(), scenario.content(), List.of());
        assertThatThrownBy(() -> recordOf(report)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ACADEMIC_REPORT");
    }

    @Test
    void a_vcard_escapes_what_would_end_its_fields() {
        assertThat(new ScolomfrRecord.VCard("Lycée A; B, C").text()).contains("ORG:Lycée A\\; B\\, C\n");
    }

    private static List<Taxon> taxons(Classification classification) {
        return classification.taxonPaths().stream().flatMap(path -> path.taxons().stream()).toList();
    }
}
