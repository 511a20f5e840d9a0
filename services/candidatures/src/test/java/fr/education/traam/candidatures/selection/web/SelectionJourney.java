package fr.education.traam.candidatures.selection.web;

import fr.education.traam.campaignview.Campaign;
import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.campaignview.Campaigns;
import fr.education.traam.candidatures.candidature.web.CandidatureJson;
import fr.education.traam.contract.TraamEvent;
import fr.education.traam.contract.campaigns.AdvanceTrigger;
import fr.education.traam.contract.campaigns.CampaignCalendar;
import fr.education.traam.contract.campaigns.CampaignCreated;
import fr.education.traam.contract.campaigns.CampaignPhase;
import fr.education.traam.contract.campaigns.CampaignPhaseAdvanced;
import fr.education.traam.contract.campaigns.ThemeDetails;
import fr.education.traam.kit.outbox.EventPublisher;
import fr.education.traam.kit.outbox.PendingEvent;
import fr.education.traam.testkit.ApiClient;
import fr.education.traam.testkit.TestInfrastructure;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the selection tests do as the platform's other actors would: the campaigns service publishing a campaign's
 * events on {@code traam.campaigns}, DANs applying and experts deciding over HTTP with really signed tokens.
 */
public final class SelectionJourney {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private final int port;
    private final EventPublisher publisher;
    private final Campaigns campaigns;

    public SelectionJourney(int port, EventPublisher publisher, Campaigns campaigns) {
        this.port = port;
        this.publisher = publisher;
        this.campaigns = campaigns;
    }

    /** A new campaign with {@code themes}, learnt from its events, whose call is open. */
    public String campaignWithOpenCall(List<ThemeDetails> themes) {
        String campaignId = "campaign-" + UUID.randomUUID();
        publishCampaignEvent(new CampaignCreated(campaignId, "2027-2028", "TraAM 2027-2028", new CampaignCalendar(
                LocalDate.of(2027, 3, 15), LocalDate.of(2027, 5, 14), LocalDate.of(2027, 6, 18), LocalDate.of(2027, 9, 1),
                LocalDate.of(2028, 9, 1), LocalDate.of(2029, 7, 6)), themes, "expert-lettres"));
        advance(campaignId, CampaignPhase.DRAFT, CampaignPhase.CALL_OPEN);
        return campaignId;
    }

    /** The DAN of {@code academy} applies to the theme; {@code kind} null for a first-year application. */
    void apply(String campaignId, String themeId, String academy, String kind) throws Exception {
        String body = CandidatureJson.submission(campaignId, themeId);
        if (kind != null) {
            body = body.replace("\"themeId\"", "\"kind\":\"" + kind + "\",\"themeId\"");
        }
        HttpResponse<String> submitted = send("POST", "/api/candidatures", TestInfrastructure.tokens().bearer("DAN", academy), body);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
    }

    /** The campaign moves on, as the campaigns service announces it; returns once this service's view has followed. */
    public void advance(String campaignId, CampaignPhase from, CampaignPhase to) {
        publishCampaignEvent(new CampaignPhaseAdvanced(campaignId, "2027-2028", "TraAM 2027-2028", from, to,
                LocalDate.of(2027, 6, 18), AdvanceTrigger.EXPERT, "expert-lettres"));
        await().atMost(PATIENCE).until(() -> campaigns.find(new CampaignId(campaignId)).map(Campaign::phase).orElse(null), to::equals);
    }

    HttpResponse<String> decide(String selection, String token, String academy, String decision) throws Exception {
        return send("PUT", selection + "/decisions/" + academy, token, decision(decision));
    }

    static String decision(String decision) {
        return "{\"decision\":\"" + decision + "\",\"rationale\":\"Équipe solide et usages déjà éprouvés en classe\"}";
    }

    HttpResponse<String> send(String method, String path, String authorization, String body) {
        return new ApiClient(port).send(method, path, authorization, body);
    }

    /** As the campaigns service's relay publishes it: a CloudEvent in binary mode on traam.campaigns. */
    private void publishCampaignEvent(TraamEvent event) {
        publisher.publish(PendingEvent.of(event, "/traam/campaigns", Instant.now()));
    }
}
