package fr.education.traam.productions.catalogue.application;

import fr.education.traam.kit.domain.Refused;
import fr.education.traam.productions.catalogue.CatalogueChanges;
import fr.education.traam.productions.catalogue.CatalogueEntries;
import fr.education.traam.productions.catalogue.CatalogueEntry;
import fr.education.traam.productions.catalogue.CatalogueResult;
import fr.education.traam.productions.catalogue.CatalogueSearch;
import fr.education.traam.productions.catalogue.CatalogueSet;
import fr.education.traam.productions.catalogue.Facet;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a search asks of the entries, once its parameters are checked; the entries themselves are tested on MongoDB. */
class ReadingCatalogueTest {

    private final List<CatalogueSearch> asked = new ArrayList<>();
    private final ReadingCatalogue catalogue = new ReadingCatalogue(new CatalogueEntries() {
        @Override
        public boolean publish(CatalogueEntry entry, int version, Set<String> words) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean withdraw(String productionId, fr.education.traam.contract.productions.ProductionType kind, String title,
                                CatalogueEntry.Withdrawal withdrawal, List<CatalogueSet> sets, Instant changedAt) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<CatalogueEntry> changes(CatalogueChanges changes, CatalogueChanges.Position after, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long count(CatalogueChanges changes) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Instant> earliestChange(Set<fr.education.traam.contract.productions.ProductionType> kinds) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<CatalogueSet> sets(Set<fr.education.traam.contract.productions.ProductionType> kinds) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<CatalogueEntry> find(String productionId) {
            return Optional.empty();
        }

        @Override
        public CatalogueResult search(CatalogueSearch search) {
            asked.add(search);
            return new CatalogueResult(List.of(), 0, Map.of(), Map.of());
        }
    }, new CatalogueProperties(20, 100, 10));

    @Test
    void words_lose_accents_and_case_and_blank_values_are_ignored() {
        Map<Facet, List<String>> values = new EnumMap<>(Facet.class);
        values.put(Facet.LEVEL, List.of("CINQUIEME", " "));
        values.put(Facet.ACADEMY, null);
        ReadingCatalogue.Page page = catalogue.search("  Éducation, MÉDIAS  l'IA ", values, null, null);
        assertThat(asked.get(0).words()).containsExactly("education", "medias", "l", "ia");
        assertThat(asked.get(0).selected(Facet.LEVEL)).containsExactly("CINQUIEME");
        assertThat(page.facets().get(Facet.LEVEL)).as("a chosen value stays offered, at 0")
                .containsExactly(new ReadingCatalogue.FacetValue("CINQUIEME", "Cinquième", 0, true));
        assertThat(page.size()).isEqualTo(20);
    }

    @Test
    void a_value_no_facet_holds_is_refused_naming_its_parameter() {
        Map<Facet, String> bad = Map.of(Facet.LEVEL, "NOPE", Facet.ACADEMY, "99", Facet.KIND, "POEM", Facet.COMPETENCE, "9.9",
                Facet.SCHOOL_YEAR, "2027", Facet.THEME, "x".repeat(200), Facet.DISCIPLINE, "a\u0000b");
        bad.forEach((facet, value) -> assertThatThrownBy(() -> catalogue.search(null, Map.of(facet, List.of(value)), null, null))
                .isInstanceOfSatisfying(Refused.class, refused -> assertThat(refused.field()).isEqualTo(facet.parameter())));
        assertThatThrownBy(() -> catalogue.search(null, Map.of(), 0, 101)).isInstanceOf(Refused.class);
        assertThatThrownBy(() -> catalogue.search(null, Map.of(), -1, 10)).isInstanceOf(Refused.class);
        assertThatThrownBy(() -> catalogue.search("un deux trois quatre cinq six sept huit neuf dix onze", Map.of(), 0, 10))
                .isInstanceOf(Refused.class);
        assertThat(asked).isEmpty();
    }
}
