package fr.education.traam.productions.referencing;

import fr.education.traam.contract.candidatures.AcademyDetails;
import fr.education.traam.contract.productions.ProductionContent;
import fr.education.traam.contract.productions.ProductionPublished;
import fr.education.traam.contract.productions.ProductionType;
import fr.education.traam.contract.productions.ThemeReference;
import fr.education.traam.reference.Academy;

import java.time.Instant;
import java.util.List;

/** Published productions as the OAI-PMH provider hands them to a record: what Édubase gets to know of them. */
public final class ReferencingMother {

    public static final Instant PUBLISHED_AT = Instant.parse("2027-05-12T08:30:00Z");
    public static final String IDENTIFIER = "oai:traam.education.gouv.fr:production-42";
    public static final ScolomfrRecord.Origin ORIGIN = new ScolomfrRecord.Origin("Direction du numérique pour l'éducation (DNE)", "TraAM");

    private static final ThemeReference THEME = new ThemeReference("campaign-2027", "2027-2028", "ia-ecriture", "IA et écriture");

    private ReferencingMother() {
    }

    /** A scenario co-written by Lyon and Grenoble for 5e and 4e, two CRCN competences, and a discipline nobody knows. */
    public static ProductionPublished scenario() {
        AcademyDetails lyon = Academy.LYON.details();
        return new ProductionPublished("production-42", 2, ProductionType.SCENARIO, "Réécrire un conte avec une IA",
                "Les élèves comparent leur réécriture à celle d'une IA, puis la révisent.",
                List.of("Lettres", "histoire-geographie", "Astronomie ludique"), List.of("CINQUIEME", "QUATRIEME"),
                List.of("3.1", "2.3"), THEME, lyon, List.of(lyon, Academy.GRENOBLE.details()),
                "https://traam.example.fr/productions/production-42", "CC BY-NC-SA 4.0",
                "https://creativecommons.org/licenses/by-nc-sa/4.0/deed.fr",
                new ProductionContent(new ProductionContent.Scenario("3 séances", null,
                        List.of(new ProductionContent.Step("Lire", "Lecture du conte.", "55 minutes")), List.of(), null, null),
                        null, null, null, null),
                List.of());
    }

    /** A training module of the national group, for the lycée and the voie professionnelle, credited to three académies. */
    public static ProductionPublished trainingModule() {
        return new ProductionPublished("production-43", 1, ProductionType.TRAINING_MODULE, "Former à l'IA générative en classe",
                "Un parcours m@gistère pour les enseignants qui font écrire leurs élèves avec une IA.",
                List.of("Philosophie", "SVT", "Cuisine moléculaire"), List.of("SECONDE", "TERMINALE", "CAP", "PREMIERE_PRO"),
                List.of("1.1", "4.2", "5.2"), THEME, null,
                List.of(Academy.VERSAILLES.details(), Academy.NANTES.details(), Academy.LA_REUNION.details()),
                "https://traam.example.fr/productions/production-43", "CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/deed.fr",
                new ProductionContent(null, new ProductionContent.TrainingModule("Connaître les usages de l'IA", "Enseignants du second degré",
                        "6 heures", ProductionContent.TrainingFormat.MAGISTERE, "https://magistere.example.fr/course/42"), null, null, null),
                List.of());
    }

    /** A scenario the platform can classify by nothing: no level, no competence, only a discipline it does not know. */
    public static ProductionPublished unclassifiableScenario() {
        ProductionPublished scenario = scenario();
        return new ProductionPublished(scenario.productionId(), scenario.version(), scenario.type(), scenario.title(),
                scenario.summary(), List.of("Astronomie ludique"), List.of(), List.of(), scenario.theme(), scenario.academy(),
                List.of(), scenario.url(), scenario.licence(), scenario.licenceUrl(), scenario.content(), List.of());
    }
}
