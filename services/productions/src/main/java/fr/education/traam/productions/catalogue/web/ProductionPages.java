package fr.education.traam.productions.catalogue.web;

import fr.education.traam.contract.productions.ProductionPublished;
import fr.education.traam.contract.productions.PublishedAttachment;
import fr.education.traam.productions.catalogue.CatalogueEntry;
import fr.education.traam.productions.catalogue.Facet;
import fr.education.traam.productions.catalogue.application.ReadingCatalogue;
import fr.education.traam.reference.Academy;
import fr.education.traam.reference.CrcnCompetence;
import fr.education.traam.reference.SchoolLevel;
import fr.education.traam.kit.domain.Refused;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The catalogue's public HTML pages, rendered on the server by Thymeleaf (which escapes every text): a production's
 * permalink {@code /productions/{id}} — the {@code url} of its events, stable whatever comes at {@code /} later (ADR 26)
 * — and the search page {@code /productions}, which works without JavaScript. HTML only: the JSON is at
 * {@code /api/productions/…}, so these are left out of the OpenAPI document.
 */
@Controller
@Hidden
class ProductionPages {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE)
            .withZone(ZoneId.of("Europe/Paris"));

    private static final Map<String, String> FORMATS = Map.of("MAGISTERE", "parcours m@gistère", "FACE_TO_FACE", "en présence",
            "HYBRID", "hybride", "WEBINAR", "webinaire");
    private static final Map<String, String> FORMS = Map.of("INFOGRAPHIC", "Infographie", "MIND_MAP", "Carte mentale",
            "VIDEO_CAPSULE", "Capsule vidéo", "POSTER", "Affiche", "SLIDESHOW", "Diaporama", "PODCAST", "Podcast");

    private final ReadingCatalogue catalogue;

    ProductionPages(ReadingCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping(value = "/productions/{id}", produces = "text/html")
    ModelAndView page(@PathVariable String id) {
        Optional<CatalogueEntry> found = catalogue.entry(id);
        if (found.isEmpty()) {
            return status(new ModelAndView("productions/not-found", Map.of("id", id)), HttpStatus.NOT_FOUND);
        }
        CatalogueEntry entry = found.get();
        if (entry.withdrawn()) {
            return status(new ModelAndView("productions/withdrawn", Map.of("entry", entry,
                    "withdrawnOn", date(entry.withdrawal().at()),
                    "reason", entry.withdrawal().reason() == null ? "" : entry.withdrawal().reason())), HttpStatus.GONE);
        }
        ProductionPublished p = entry.publication();
        ModelAndView view = new ModelAndView("productions/page");
        view.addObject("p", p);
        view.addObject("kindLabel", ReadingCatalogue.kindLabel(p.type().name()));
        view.addObject("formats", FORMATS);
        view.addObject("forms", FORMS);
        view.addObject("publishedOn", date(entry.publishedAt()));
        view.addObject("publishedAtIso", entry.publishedAt() == null ? "" : entry.publishedAt().toString());
        view.addObject("academies", p.academies().stream().map(a -> Academy.nameOf(a.code())).toList());
        view.addObject("levels", p.levels().stream().map(l -> SchoolLevel.byCode(l).map(SchoolLevel::label).orElse(l)).toList());
        Set<String> cycles = new LinkedHashSet<>();
        p.levels().forEach(l -> SchoolLevel.byCode(l).ifPresent(level -> cycles.add(level.cycle().label())));
        view.addObject("cycles", List.copyOf(cycles));
        view.addObject("competences", p.competences().stream()
                .map(c -> CrcnCompetence.byCode(c).map(k -> k.code() + " – " + k.label()).orElse(c)).toList());
        view.addObject("images", p.attachments().stream().filter(a -> type(a).startsWith("image/")).toList());
        view.addObject("videos", p.attachments().stream().filter(a -> type(a).startsWith("video/") || type(a).startsWith("audio/"))
                .map(a -> new Media(a, captionsOf(a, p.attachments()))).toList());
        Set<String> captions = new LinkedHashSet<>();
        p.attachments().forEach(a -> { if (a.captionsId() != null) captions.add(a.captionsId()); });
        view.addObject("documents", p.attachments().stream().filter(a -> !type(a).startsWith("image/") && !type(a).startsWith("video/")
                && !type(a).startsWith("audio/") && !captions.contains(a.attachmentId())).toList());
        return view;
    }

    @GetMapping(value = "/productions", produces = "text/html")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) List<String> schoolYear,
                  @RequestParam(required = false) List<String> theme, @RequestParam(required = false) List<String> academy,
                  @RequestParam(required = false) List<String> discipline, @RequestParam(required = false) List<String> level,
                  @RequestParam(required = false) List<String> competence, @RequestParam(required = false) List<String> kind,
                  @RequestParam(required = false) Integer page, Model model) {
        Map<Facet, List<String>> values = new EnumMap<>(Facet.class);
        values.put(Facet.SCHOOL_YEAR, schoolYear);
        values.put(Facet.THEME, theme);
        values.put(Facet.ACADEMY, academy);
        values.put(Facet.DISCIPLINE, discipline);
        values.put(Facet.LEVEL, level);
        values.put(Facet.COMPETENCE, competence);
        values.put(Facet.KIND, kind);
        ReadingCatalogue.Page found = catalogue.search(q, values, page, null);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("found", found);
        model.addAttribute("facets", found.facets().entrySet().stream()
                .map(e -> new FacetView(e.getKey().parameter(), facetTitle(e.getKey()), e.getValue())).toList());
        model.addAttribute("items", found.entries().stream().map(CatalogueViews.ItemView::of).toList());
        model.addAttribute("kindLabels", Map.of("SCENARIO", ReadingCatalogue.kindLabel("SCENARIO"),
                "TRAINING_MODULE", ReadingCatalogue.kindLabel("TRAINING_MODULE"), "ACADEMIC_REPORT", ReadingCatalogue.kindLabel("ACADEMIC_REPORT"),
                "COMMUNICATION_SUPPORT", ReadingCatalogue.kindLabel("COMMUNICATION_SUPPORT"), "SYNTHESIS", ReadingCatalogue.kindLabel("SYNTHESIS")));
        return "productions/search";
    }

    /** A bad search parameter, on a page for people: the same 400 as the API's problem, in HTML. */
    @ExceptionHandler(Refused.class)
    ModelAndView refused(Refused refused) {
        return status(new ModelAndView("productions/bad-request", Map.of("field", refused.field() == null ? "" : refused.field())),
                HttpStatus.BAD_REQUEST);
    }

    private static String facetTitle(Facet facet) {
        return switch (facet) {
            case SCHOOL_YEAR -> "Année scolaire";
            case THEME -> "Thème";
            case ACADEMY -> "Académie";
            case DISCIPLINE -> "Discipline";
            case LEVEL -> "Niveau";
            case COMPETENCE -> "Compétence du CRCN";
            case KIND -> "Type de production";
        };
    }

    private static ModelAndView status(ModelAndView view, HttpStatus status) {
        view.setStatus(status);
        return view;
    }

    private static String type(PublishedAttachment attachment) {
        return attachment.contentType() == null ? "" : attachment.contentType();
    }

    private static PublishedAttachment captionsOf(PublishedAttachment media, List<PublishedAttachment> all) {
        return media.captionsId() == null ? null
                : all.stream().filter(a -> a.attachmentId().equals(media.captionsId())).findFirst().orElse(null);
    }

    private static String date(Instant instant) {
        return instant == null ? "" : FRENCH_DATE.format(instant);
    }

    /** A video or a sound, with its captions file when it has one. */
    record Media(PublishedAttachment file, PublishedAttachment captions) {
    }

    /** A facet of the search form: its parameter, its French title, its values. */
    record FacetView(String parameter, String title, List<ReadingCatalogue.FacetValue> values) {
    }
}
