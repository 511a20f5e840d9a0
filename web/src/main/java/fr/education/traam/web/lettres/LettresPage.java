package fr.education.traam.web.lettres;

import fr.education.traam.web.api.PlatformApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** {@code /lettres}: the ÉduNum edition lines, disciplines first, each with its published editions and its feeds. */
@Controller
class LettresPage {

    private final PlatformApi api;

    LettresPage(PlatformApi api) {
        this.api = api;
    }

    public record Line(String id, String kind, String title, String discipline, List<Edition> editions, Feeds feeds) {
        public boolean theme() {
            return "THEME".equals(kind);
        }
    }

    public record Edition(int number, String title, Instant publishedAt, String url) {
        /** The day it came out, in Paris. */
        public LocalDate publishedOn() {
            return publishedAt == null ? null : LocalDate.ofInstant(publishedAt, ZoneId.of("Europe/Paris"));
        }
    }

    public record Feeds(String atom, String rss, String json) {
    }

    @GetMapping("/lettres")
    String lettres(Model model) {
        List<Line> lines = List.of(api.get("/api/dissemination/edition-lines", Line[].class));
        model.addAttribute("disciplines", lines.stream().filter(l -> !l.theme()).toList());
        model.addAttribute("themes", lines.stream().filter(Line::theme).toList());
        return "lettres/lettres";
    }
}
