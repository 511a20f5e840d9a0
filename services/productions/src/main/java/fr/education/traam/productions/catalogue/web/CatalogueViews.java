package fr.education.traam.productions.catalogue.web;

import fr.education.traam.contract.productions.ProductionPublished;
import fr.education.traam.productions.catalogue.CatalogueEntry;
import fr.education.traam.productions.catalogue.application.ReadingCatalogue;
import fr.education.traam.reference.Academy;
import fr.education.traam.reference.SchoolLevel;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The catalogue's JSON. */
final class CatalogueViews {

    private CatalogueViews() {
    }

    /** A page of the catalogue; {@code facets} maps each facet parameter to its values, counted under the other facets' choices. */
    record CatalogueView(List<ItemView> results, long total, int page, int size, Map<String, List<ReadingCatalogue.FacetValue>> facets) {

        static CatalogueView of(ReadingCatalogue.Page page) {
            Map<String, List<ReadingCatalogue.FacetValue>> facets = new LinkedHashMap<>();
            page.facets().forEach((facet, values) -> facets.put(facet.parameter(), values));
            return new CatalogueView(page.entries().stream().map(ItemView::of).toList(), page.total(), page.page(), page.size(), facets);
        }
    }

    record ItemView(String id, String kind, String title, String summary, ThemeView theme, List<LabelView> academies,
                    List<String> disciplines, List<LabelView> levels, Instant publishedAt, String publicUrl, String self) {

        static ItemView of(CatalogueEntry entry) {
            ProductionPublished p = entry.publication();
            return new ItemView(p.productionId(), p.type().name(), p.title(), p.summary(),
                    new ThemeView(p.theme().themeId(), p.theme().title(), p.theme().schoolYear()),
                    p.academies().stream().map(a -> new LabelView(a.code(), Academy.nameOf(a.code()))).toList(),
                    p.disciplines(),
                    p.levels().stream().map(l -> new LabelView(l, SchoolLevel.byCode(l).map(SchoolLevel::label).orElse(l))).toList(),
                    entry.publishedAt(), p.url(), "/api/productions/" + p.productionId());
        }
    }

    record ThemeView(String id, String title, String schoolYear) {
    }

    record LabelView(String code, String label) {
    }
}
