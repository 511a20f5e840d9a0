package fr.education.traam.productions.catalogue.application;

import fr.education.traam.contract.productions.ProductionType;
import fr.education.traam.kit.domain.Refused;
import fr.education.traam.productions.catalogue.CatalogueEntries;
import fr.education.traam.productions.catalogue.CatalogueEntry;
import fr.education.traam.productions.catalogue.CatalogueResult;
import fr.education.traam.productions.catalogue.CatalogueSearch;
import fr.education.traam.productions.catalogue.Facet;
import fr.education.traam.productions.catalogue.SearchWords;
import fr.education.traam.reference.Academy;
import fr.education.traam.reference.CrcnCompetence;
import fr.education.traam.reference.Discipline;
import fr.education.traam.reference.SchoolLevel;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Searches the catalogue: checks the request, asks the entries, labels what they count. */
@Service
public class ReadingCatalogue {

    private static final Pattern SCHOOL_YEAR = Pattern.compile("\\d{4}-\\d{4}");
    private static final Pattern FREE_VALUE = Pattern.compile("[^\\p{Cntrl}]{1,120}");
    private static final int MAX_VALUES = 30;
    private static final int MAX_PAGE = 10_000;
    private static final int MAX_QUERY = 300;

    private final CatalogueEntries entries;
    private final CatalogueProperties properties;

    public ReadingCatalogue(CatalogueEntries entries, CatalogueProperties properties) {
        this.entries = entries;
        this.properties = properties;
    }

    /** The public entry of a production, withdrawn or not; empty when the catalogue never heard of it. */
    public Optional<CatalogueEntry> entry(String productionId) {
        if (productionId == null || productionId.length() > 200) {
            return Optional.empty();
        }
        return entries.find(productionId);
    }

    /**
     * One page of the catalogue. Blank values are ignored (an HTML form sends its empty choices).
     *
     * @throws Refused (invalid value) for a value no facet can hold, a page out of bounds, too many words
     */
    public Page search(String q, Map<Facet, List<String>> values, Integer page, Integer size) {
        int pageNumber = page == null ? 0 : page;
        int pageSize = size == null ? properties.defaultPageSize() : size;
        if (pageNumber < 0 || pageNumber > MAX_PAGE) {
            throw Refused.invalid("page", "page must be between 0 and " + MAX_PAGE);
        }
        if (pageSize < 1 || pageSize > properties.maxPageSize()) {
            throw Refused.invalid("size", "size must be between 1 and " + properties.maxPageSize());
        }
        if (q != null && q.length() > MAX_QUERY) {
            throw Refused.invalid("q", "q must have at most " + MAX_QUERY + " characters");
        }
        List<String> words = SearchWords.of(q);
        if (words.size() > properties.maxWords()) {
            throw Refused.invalid("q", "q must have at most " + properties.maxWords() + " words");
        }
        Map<Facet, Set<String>> selected = new EnumMap<>(Facet.class);
        values.forEach((facet, given) -> selected.put(facet, checked(facet, given)));
        CatalogueSearch search = new CatalogueSearch(words, selected, pageNumber, pageSize);
        CatalogueResult result = entries.search(search);
        Map<Facet, List<FacetValue>> facets = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            facets.put(facet, labelled(facet, result, search.selected(facet)));
        }
        return new Page(result.entries(), result.total(), pageNumber, pageSize, facets, search);
    }

    private static Set<String> checked(Facet facet, List<String> given) {
        Set<String> values = new LinkedHashSet<>();
        for (String value : given == null ? List.<String>of() : given) {
            if (value == null || value.isBlank()) {
                continue;
            }
            String trimmed = value.strip();
            boolean valid = switch (facet) {
                case SCHOOL_YEAR -> SCHOOL_YEAR.matcher(trimmed).matches();
                case ACADEMY -> Academy.byCode(trimmed).isPresent();
                case LEVEL -> SchoolLevel.byCode(trimmed).isPresent();
                case COMPETENCE -> CrcnCompetence.byCode(trimmed).isPresent();
                case KIND -> Arrays.stream(ProductionType.values()).anyMatch(kind -> kind.name().equals(trimmed));
                case THEME, DISCIPLINE -> FREE_VALUE.matcher(trimmed).matches();
            };
            if (!valid) {
                throw Refused.invalid(facet.parameter(), facet.parameter() + " has no value " + shown(trimmed));
            }
            // A discipline is stored by its label: "svt" or "SVT" finds what "Sciences de la vie et de la Terre" does.
            values.add(facet == Facet.DISCIPLINE ? Discipline.byName(trimmed).map(Discipline::label).orElse(trimmed) : trimmed);
        }
        if (values.size() > MAX_VALUES) {
            throw Refused.invalid(facet.parameter(), "at most " + MAX_VALUES + " values of " + facet.parameter());
        }
        return values;
    }

    private static String shown(String value) {
        return "«" + (value.length() > 40 ? value.substring(0, 40) + "…" : value).replaceAll("\\p{Cntrl}", "?") + "»";
    }

    private static List<FacetValue> labelled(Facet facet, CatalogueResult result, Set<String> selected) {
        Map<String, Long> counts = new java.util.HashMap<>(result.counts().getOrDefault(facet, Map.of()));
        // A value chosen stays offered, at 0 when the other choices leave none of it, so that it can be unchosen.
        selected.forEach(value -> counts.putIfAbsent(value, 0L));
        List<FacetValue> values = new ArrayList<>();
        counts.forEach((value, count) -> values.add(new FacetValue(value, label(facet, value, result), count, selected.contains(value))));
        values.sort(Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::label));
        return values;
    }

    public static String label(Facet facet, String value, CatalogueResult result) {
        return switch (facet) {
            case ACADEMY -> Academy.nameOf(value);
            case LEVEL -> SchoolLevel.byCode(value).map(SchoolLevel::label).orElse(value);
            case COMPETENCE -> CrcnCompetence.byCode(value).map(c -> c.code() + " " + c.label()).orElse(value);
            case KIND -> kindLabel(value);
            case THEME -> result.themeTitles().getOrDefault(value, value);
            case SCHOOL_YEAR, DISCIPLINE -> value;
        };
    }

    public static String kindLabel(String kind) {
        return switch (kind) {
            case "SCENARIO" -> "Scénario pédagogique";
            case "TRAINING_MODULE" -> "Module de formation";
            case "ACADEMIC_REPORT" -> "Bilan académique";
            case "COMMUNICATION_SUPPORT" -> "Support de communication";
            case "SYNTHESIS" -> "Synthèse du thème";
            default -> kind;
        };
    }

    /** A facet's value, its label, how many entries it would match, and whether it is chosen. */
    public record FacetValue(String value, String label, long count, boolean selected) {
    }

    /** A page of the catalogue as asked. */
    public record Page(List<CatalogueEntry> entries, long total, int page, int size, Map<Facet, List<FacetValue>> facets,
                       CatalogueSearch search) {

        public int pages() {
            return (int) ((total + size - 1) / size);
        }
    }
}
