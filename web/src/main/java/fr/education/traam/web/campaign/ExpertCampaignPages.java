package fr.education.traam.web.campaign;

import fr.education.traam.web.api.ApiAnswer;
import fr.education.traam.web.api.ApiProblem;
import fr.education.traam.web.api.FormErrors;
import fr.education.traam.web.api.PlatformApi;
import fr.education.traam.web.api.Refusals;
import fr.education.traam.web.security.Visitors;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The DNE expert's campaign screens: {@code /espace/campagnes} lists the campaigns, a campaign's screen shows its
 * calendar, its themes (with their selection boards and groups) and the button to enter its next phase ahead of the
 * calendar, a refusal shown above it in French.
 */
@Controller
class ExpertCampaignPages {

    private final PlatformApi api;
    private final Refusals refusals;
    private final Visitors visitors;
    private final Clock clock = Clock.system(CampaignPages.PARIS);

    ExpertCampaignPages(PlatformApi api, Refusals refusals, Visitors visitors) {
        this.api = api;
        this.refusals = refusals;
        this.visitors = visitors;
    }

    @GetMapping("/espace/campagnes")
    String campaigns(Model model) {
        model.addAttribute("campaigns", api.get(uri -> uri.path("/api/campaigns").queryParam("size", 50).build(),
                CampaignJson.CampaignPage.class).items());
        return "campaign/espace-campaigns";
    }

    @GetMapping("/espace/campagnes/{id}")
    String campaign(@PathVariable String id, @RequestParam Optional<String> phase, Model model) {
        model.addAttribute("done", phase.map(p -> "La campagne est entrée dans la phase « " + Phase.labelOf(p) + " ».").orElse(null));
        return show(id, FormErrors.none(), false, model);
    }

    @PostMapping("/espace/campagnes/{id}/phase")
    String move(@PathVariable String id, @RequestParam String to, @RequestParam String version, Model model) {
        ApiAnswer answer = api.send(HttpMethod.POST, "/api/campaigns/" + id + "/phase-transitions", Map.of("to", to), version);
        Optional<ApiProblem> refusal = answer.refusal();
        if (refusal.isEmpty()) {
            return "redirect:/espace/campagnes/" + id + "?phase=" + to;
        }
        return show(id, FormErrors.of("changer-phase", refusals.say(refusal.get())), Refusals.stale(refusal.get()), model);
    }

    /**
     * The campaign's candidatures and decisions as the candidatures service exports them, passed through as they
     * arrive with the type and file name it gives.
     */
    @GetMapping("/espace/campagnes/{id}/export.{format:csv|xlsx}")
    void export(@PathVariable String id, @PathVariable String format, HttpServletResponse response) throws IOException {
        MediaType accept = "csv".equals(format) ? MediaType.parseMediaType("text/csv")
                : MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        api.download(uri -> uri.path("/api/candidatures/exports").queryParam("campaignId", id).queryParam("format", format).build(),
                accept, headers -> {
                    response.setContentType(String.valueOf(headers.getContentType()));
                    String disposition = headers.getFirst(HttpHeaders.CONTENT_DISPOSITION);
                    if (disposition != null) {
                        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition);
                    }
                }, response.getOutputStream());
    }

    private String show(String id, FormErrors errors, boolean stale, Model model) {
        ApiAnswer answer = api.read("/api/campaigns/" + id);
        String subject = visitors.current().person().subject();
        model.addAttribute("screen", ExpertCampaign.of(answer.bodyAs(CampaignJson.Campaign.class), answer.etag().orElse(null), subject,
                LocalDate.now(clock)));
        model.addAttribute("errors", errors);
        model.addAttribute("stale", stale);
        return "campaign/espace-campaign";
    }
}
