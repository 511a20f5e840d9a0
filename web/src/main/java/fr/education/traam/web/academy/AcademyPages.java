package fr.education.traam.web.academy;

import fr.education.traam.reference.Academy;
import fr.education.traam.web.api.PlatformApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /academies}: which académies work on what in the current campaign, from its published national selections,
 * as a map and as a table (the map's equivalent for screen readers and small screens).
 */
@Controller
class AcademyPages {

    private final PlatformApi api;

    AcademyPages(PlatformApi api) {
        this.api = api;
    }

    public record CampaignPage(List<Campaign> items) {
    }

    public record Campaign(String id, String schoolYear, String title, String phase, List<Theme> themes) {
    }

    public record Theme(String id, String title) {
    }

    public record Selection(String themeId, List<Selected> selected) {
    }

    public record Selected(AcademyRef academy) {
    }

    public record AcademyRef(String code, String name) {
    }

    /** A row of the table: an académie and the themes it was retained for, each with its page's address. */
    public record Row(Academy academy, List<ThemeLink> themes) {
        public String anchor() {
            return "academie-" + academy.code();
        }
    }

    public record ThemeLink(String title, String href) {
    }

    @GetMapping("/academies")
    String academies(Model model) {
        Optional<Campaign> current = api.get(uri -> uri.path("/api/campaigns").queryParam("size", 50).build(), CampaignPage.class)
                .items().stream().filter(c -> !"DRAFT".equals(c.phase()) && !"CLOSED".equals(c.phase()))
                .max(Comparator.comparing(Campaign::schoolYear));
        Map<String, List<ThemeLink>> byAcademy = new LinkedHashMap<>();
        current.ifPresent(campaign -> {
            Map<String, String> titles = new LinkedHashMap<>();
            campaign.themes().forEach(theme -> titles.put(theme.id(), theme.title()));
            for (Selection selection : api.get(uri -> uri.path("/api/candidatures/selections").queryParam("campaignId", campaign.id()).build(),
                    Selection[].class)) {
                ThemeLink link = new ThemeLink(titles.getOrDefault(selection.themeId(), selection.themeId()),
                        "/campagnes/" + campaign.id() + "/themes/" + selection.themeId());
                selection.selected().forEach(s -> byAcademy.computeIfAbsent(s.academy().code(), code -> new ArrayList<>()).add(link));
            }
        });
        Map<String, Integer> counts = new LinkedHashMap<>();
        byAcademy.forEach((code, themes) -> counts.put(code, themes.size()));
        model.addAttribute("campaign", current.orElse(null));
        model.addAttribute("tiles", AcademyMap.tiles(counts));
        model.addAttribute("map", new MapFrame(AcademyMap.WIDTH, AcademyMap.HEIGHT, AcademyMap.INSETS_TOP, AcademyMap.INSET,
                AcademyMap.OVERSEAS.size()));
        model.addAttribute("rows", Arrays.stream(Academy.values()).sorted(Comparator.comparing(Academy::label))
                .map(a -> new Row(a, byAcademy.getOrDefault(a.code(), List.of()))).toList());
        return "academy/academies";
    }

    /** The drawing's size and the overseas insets' frames, for the template. */
    public record MapFrame(int width, int height, int insetsTop, int inset, int insets) {

        public List<Integer> insetXs() {
            List<Integer> xs = new ArrayList<>();
            for (int i = 0; i < insets; i++) {
                xs.add(AcademyMap.insetX(i));
            }
            return xs;
        }

        public String viewBox() {
            return "0 0 " + width + " " + height;
        }
    }
}
