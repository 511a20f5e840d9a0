package fr.education.traam.productions.catalogue;

import fr.education.traam.contract.productions.ProductionPublished;
import fr.education.traam.contract.productions.ProductionType;
import fr.education.traam.contract.productions.ThemeReference;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogueSetTest {

    @Test
    void a_production_is_filed_under_its_campaign_theme_academies_and_disciplines_with_their_parents_in_spec_characters() {
        ProductionPublished p = CatalogueMother.production("production-1", 1, ProductionType.SCENARIO, "Titre", "Résumé",
                "2027-2028", "t", "IA et écriture", List.of("10", "16"), List.of("Histoire-géographie", "Éducation musicale", "  "),
                List.of(), List.of());
        p = new ProductionPublished(p.productionId(), 1, p.type(), p.title(), p.summary(), p.disciplines(), p.levels(), p.competences(),
                new ThemeReference("campagne 2027/28", "2027-2028", "thème é#1", "IA et écriture"), p.academy(), p.academies(), p.url(),
                p.licence(), p.licenceUrl(), p.content(), p.attachments());
        assertThat(CatalogueSet.of(p)).extracting(CatalogueSet::spec).containsExactly("campaign", "campaign:2027-2028", "theme",
                "theme:campagne_2027_28", "theme:campagne_2027_28:theme_e_1", "academy", "academy:10", "academy:16", "discipline",
                "discipline:histoire-geographie", "discipline:education-musicale");
        assertThat(CatalogueSet.of(p)).allSatisfy(set -> assertThat(CatalogueSet.wellFormed(set.spec())).isTrue());
        assertThat(CatalogueSet.of(p)).contains(new CatalogueSet("theme:campagne_2027_28:theme_e_1", "IA et écriture (2027-2028)"),
                new CatalogueSet("academy:10", "Académie de Lyon"));
    }
}
