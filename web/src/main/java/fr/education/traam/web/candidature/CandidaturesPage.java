package fr.education.traam.web.candidature;

import fr.education.traam.reference.Academy;
import fr.education.traam.web.api.ApiProblem;
import fr.education.traam.web.api.PlatformApi;
import fr.education.traam.web.campaign.CampaignJson;
import fr.education.traam.web.security.Person;
import fr.education.traam.web.security.Visitors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;

/**
 * {@code /espace/candidatures}: a DAN's académie's candidatures in every current campaign, theme by theme, with each
 * outcome once published. The candidatures service gives a DAN their académie's only; a person of no académie is
 * told so rather than shown an empty page.
 */
@Controller
class CandidaturesPage {

    private final PlatformApi api;
    private final Visitors visitors;

    CandidaturesPage(PlatformApi api, Visitors visitors) {
        this.api = api;
        this.visitors = visitors;
    }

    @GetMapping("/espace/candidatures")
    String candidatures(Model model) {
        Person person = visitors.current().person();
        String academy = person.academyOf().orElseThrow(() -> new ApiProblem(403, "no-academy", "the token names no académie")).code();
        List<AcademyCandidatures> campaigns = api.get(uri -> uri.path("/api/campaigns").queryParam("size", 50).build(),
                        CampaignJson.CampaignPage.class).items().stream()
                .filter(CampaignJson.Campaign::current)
                .map(campaign -> AcademyCandidatures.of(campaign, academy,
                        List.of(api.get(uri -> uri.path("/api/candidatures").queryParam("campaignId", campaign.id())
                                .queryParam("academy", academy).build(), CandidatureJson.Candidature[].class)),
                        List.of(api.get(uri -> uri.path("/api/candidatures/selections").queryParam("campaignId", campaign.id()).build(),
                                CandidatureJson.PublishedSelection[].class))))
                .toList();
        // "de Lyon", "d'Aix-Marseille": the French elision, as every page names an académie.
        model.addAttribute("ofAcademy", Academy.ofName(person.academyOf().get().label()));
        model.addAttribute("campaigns", campaigns);
        return "candidature/candidatures";
    }
}
