package fr.education.traam.web.catalogue;

import fr.education.traam.web.api.PlatformApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /catalogue}: the open catalogue, its facets as a GET form (it works without JavaScript; with it, htmx puts
 * the results and the facets' counts in place without reloading) and its pages, each result linking to its
 * production's page.
 */
@Controller
class CataloguePage {

    /** The catalogue's parameters this page passes on; anything else in the address is ignored. */
    static final List<String> FACETS = List.of("kind", "schoolYear", "theme", "academy", "discipline", "level", "competence");
    static final Set<String> PASSED = Set.of("q", "kind", "schoolYear", "theme", "academy", "discipline", "level", "competence");
    static final int SIZE = 20;

    private final PlatformApi api;

    CataloguePage(PlatformApi api) {
        this.api = api;
    }

    public record Catalogue(List<Result> results, long total, int page, int size, Map<String, List<FacetValue>> facets) {

        public long pages() {
            return Math.max(1, (total + size - 1) / Math.max(1, size));
        }
    }

    public record Result(String id, String kind, String title, String summary, ThemeRef theme, List<Credited> academies,
                  List<String> disciplines, List<Labelled> levels, Instant publishedAt) {
    }

    public record ThemeRef(String id, String title, String schoolYear) {
    }

    public record Credited(String code, String label) {
    }

    public record Labelled(String code, String label) {
    }

    public record FacetValue(String value, String label, long count, boolean selected) {
    }

    /** A facet of the form: its parameter, its legend and its values. */
    public record Facet(String name, String legend, List<FacetValue> values) {
    }

    @GetMapping("/catalogue")
    String catalogue(@RequestParam MultiValueMap<String, String> query, @RequestParam(defaultValue = "0") int page, Model model) {
        MultiValueMap<String, String> passed = new LinkedMultiValueMap<>();
        query.forEach((name, values) -> {
            if (PASSED.contains(name)) {
                values.stream().filter(v -> v != null && !v.isBlank()).forEach(v -> passed.add(name, v));
            }
        });
        int wanted = Math.max(0, page);
        Catalogue catalogue = api.get(uri -> uri.path("/api/productions/catalogue").queryParams(passed)
                .queryParam("page", wanted).queryParam("size", SIZE).build(), Catalogue.class);
        model.addAttribute("catalogue", catalogue);
        model.addAttribute("q", passed.getFirst("q"));
        model.addAttribute("facets", FACETS.stream().map(name -> new Facet(name, legend(name),
                catalogue.facets() == null ? List.of() : catalogue.facets().getOrDefault(name, List.of()))).filter(f -> !f.values().isEmpty()).toList());
        model.addAttribute("previous", wanted > 0 ? link(passed, wanted - 1) : null);
        model.addAttribute("next", wanted + 1 < catalogue.pages() ? link(passed, wanted + 1) : null);
        model.addAttribute("page", wanted);
        // htmx takes the results and the facets' new counts from the same whole page a browser without it gets.
        return "catalogue/catalogue";
    }

    static String link(MultiValueMap<String, String> passed, int page) {
        return UriComponentsBuilder.fromPath("/catalogue").queryParams(passed).queryParam("page", page).encode().build().toUriString();
    }

    static String legend(String facet) {
        return switch (facet) {
            case "kind" -> "Type de production";
            case "schoolYear" -> "Année scolaire";
            case "theme" -> "Thème";
            case "academy" -> "Académie";
            case "discipline" -> "Discipline";
            case "level" -> "Niveau";
            case "competence" -> "Compétence du CRCN";
            default -> facet;
        };
    }
}
