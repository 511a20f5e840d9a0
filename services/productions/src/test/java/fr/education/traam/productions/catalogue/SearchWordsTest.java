package fr.education.traam.productions.catalogue;

import fr.education.traam.contract.productions.ProductionType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SearchWordsTest {

    @Test
    void a_text_s_words_lose_accents_ligatures_and_case() {
        assertThat(SearchWords.of("Œuvre ÉCRITE : l'élève, 2ᵉ essai — réécrit !"))
                .containsExactly("oeuvre", "ecrite", "l", "eleve", "2e", "essai", "reecrit");
        assertThat(SearchWords.of("  ")).isEmpty();
        assertThat(SearchWords.of((String) null)).isEmpty();
    }

    @Test
    void a_production_s_words_come_from_its_title_summary_and_the_text_of_its_kind() {
        var scenario = CatalogueMother.fullScenario("p-1", "Réécrire un conte", "http://localhost");
        assertThat(SearchWords.of(scenario)).contains("reecrire", "conte", "comparent", "poucet", "justifie",
                "connexion", "registre").doesNotContain("frise");
        var report = CatalogueMother.production("p-2", 1, ProductionType.ACADEMIC_REPORT, "Bilan", "Résumé", "2027-2028", "t", "T",
                List.of("10"), List.of("Lettres"), List.of(), List.of());
        assertThat(SearchWords.of(report)).contains("bilan", "resume", "suite", "enseignants");
    }
}
