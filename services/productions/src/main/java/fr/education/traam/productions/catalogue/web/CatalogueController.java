package fr.education.traam.productions.catalogue.web;

import fr.education.traam.productions.catalogue.Facet;
import fr.education.traam.productions.catalogue.application.ReadingCatalogue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The open catalogue: public, no token. */
@RestController
@Tag(name = "Catalogue", description = "The published productions, searched by words and facets (public)")
class CatalogueController {

    private static final String REPEATABLE = " Repeatable (any of the values matches); blank values are ignored.";

    private final ReadingCatalogue catalogue;

    CatalogueController(ReadingCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping(value = "/api/productions/catalogue", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Search the published productions (public): a page, newest publication first, its total and "
            + "each facet's counts under every other facet's choice")
    CatalogueViews.CatalogueView search(
            @Parameter(description = "Words, all of which must be in the title, the summary or the content; accents and case do not matter")
            @RequestParam(required = false) String q,
            @Parameter(description = "Campaign school year, e.g. 2027-2028." + REPEATABLE) @RequestParam(required = false) List<String> schoolYear,
            @Parameter(description = "Theme id." + REPEATABLE) @RequestParam(required = false) List<String> theme,
            @Parameter(description = "Académie code, e.g. 10 (Lyon)." + REPEATABLE) @RequestParam(required = false) List<String> academy,
            @Parameter(description = "Discipline, by its label or another of its names (SVT)." + REPEATABLE) @RequestParam(required = false) List<String> discipline,
            @Parameter(description = "School level code, e.g. CINQUIEME." + REPEATABLE) @RequestParam(required = false) List<String> level,
            @Parameter(description = "CRCN competence code, e.g. 3.1." + REPEATABLE) @RequestParam(required = false) List<String> competence,
            @Parameter(description = "Kind: SCENARIO, TRAINING_MODULE, ACADEMIC_REPORT, COMMUNICATION_SUPPORT, SYNTHESIS." + REPEATABLE)
            @RequestParam(required = false) List<String> kind,
            @Parameter(description = "Page number, from 0") @RequestParam(required = false) Integer page,
            @Parameter(description = "Page size, 1 to traam.productions.catalogue.max-page-size (100); 20 by default")
            @RequestParam(required = false) Integer size) {
        Map<Facet, List<String>> values = new EnumMap<>(Facet.class);
        values.put(Facet.SCHOOL_YEAR, schoolYear);
        values.put(Facet.THEME, theme);
        values.put(Facet.ACADEMY, academy);
        values.put(Facet.DISCIPLINE, discipline);
        values.put(Facet.LEVEL, level);
        values.put(Facet.COMPETENCE, competence);
        values.put(Facet.KIND, kind);
        return CatalogueViews.CatalogueView.of(catalogue.search(q, values, page, size));
    }
}
