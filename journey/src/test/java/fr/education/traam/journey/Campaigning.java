package fr.education.traam.journey;

import static fr.education.traam.journey.Answers.awaitAnswer;
import static fr.education.traam.journey.Answers.expectStatus;
import static fr.education.traam.journey.Gateway.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;

/**
 * The steps of a campaign every journey takes through the gateway: the expert drafts it and moves its phases, the DAN
 * apply by form, the expert decides. Each step that depends on an event another service must have read first asks
 * again until it is answered.
 */
final class Campaigning {

    private final Gateway gateway;
    private final Badges badges;

    Campaigning(Gateway gateway, Badges badges) {
        this.gateway = gateway;
        this.badges = badges;
    }

    /** A campaign of two themes ({@link CampaignDrafts#withTwoThemes()}), its call open: its id. */
    String draftAndOpenTheCall(String expert) {
        JsonNode campaign = json(expectStatus(201, gateway.post("/api/campaigns", expert, CampaignDrafts.withTwoThemes())));
        String campaignId = campaign.get("id").asString();
        assertThat(campaign.get("themes").valueStream().map(theme -> theme.get("id").asString()))
                .containsExactly(CampaignDrafts.THEME_ID, CampaignDrafts.SECOND_THEME_ID);
        moveTo(campaignId, "CALL_OPEN", expert);
        return campaignId;
    }

    void moveTo(String campaignId, String phase, String expert) {
        JsonNode campaign = json(expectStatus(200, gateway.post("/api/campaigns/" + campaignId + "/phase-transitions",
                expert, new CampaignDrafts.PhaseTransition(phase))));
        assertThat(campaign.get("phase").asString()).isEqualTo(phase);
    }

    /** The candidatures service knows of the open call once its event arrives; until then it refuses, and nothing changes. */
    void applyByForm(Academy academy, String campaignId, String themeId) {
        HttpResponse<String> submitted = awaitAnswer("the candidature of " + academy.name(), 201,
                () -> gateway.post("/api/candidatures", badges.dan(academy), Applications.byForm(academy, campaignId, themeId)));
        assertThat(json(submitted).get("academy").get("code").asString()).isEqualTo(academy.code());
    }

    /** The campaign enters the selection phase in the candidatures service when its event arrives. */
    void select(String selection, Academy academy, String expert) {
        awaitAnswer("the decision for " + academy.name(), 200, () -> decide(selection, academy, expert));
    }

    HttpResponse<String> decide(String selection, Academy academy, String expert) {
        return gateway.put(selection + "/decisions/" + academy.code(), expert,
                new Decision("SELECTED", "Équipe solide, usages déjà éprouvés en classe"));
    }

    record Decision(String decision, String rationale) {
    }
}
