package fr.education.traam.candidatures.candidature.web;

import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.campaignview.Campaigns;
import fr.education.traam.candidatures.candidature.CandidatureMother;
import fr.education.traam.contract.TraamEvent;
import fr.education.traam.contract.campaigns.AdvanceTrigger;
import fr.education.traam.contract.campaigns.CampaignPhase;
import fr.education.traam.contract.campaigns.CampaignPhaseAdvanced;
import fr.education.traam.kit.outbox.EventPublisher;
import fr.education.traam.kit.outbox.PendingEvent;
import fr.education.traam.testkit.TestInfrastructure;
import fr.education.traam.testkit.TraamInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service learns its campaigns from {@code traam.campaigns} only, through the platform's campaign view and the
 * one line of configuration that binds it: a DAN may apply once the opening call has arrived, not before.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TraamInfrastructure(database = "traam-candidatures-test")
class CallOpenedByEventsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String CAMPAIGNS_SOURCE = "/traam/campaigns";

    @LocalServerPort
    int port;
    @Autowired
    EventPublisher publisher;
    @Autowired
    Campaigns campaigns;

    @Test
    void a_dan_applies_once_the_call_opening_has_arrived_on_traam_campaigns() throws Exception {
        String campaignId = "campaign-" + UUID.randomUUID();
        publisher.publish(pending(CandidatureMother.created(campaignId)));
        await().atMost(PATIENCE).until(() -> campaigns.find(new CampaignId(campaignId)).isPresent());

        assertThat(submit(campaignId).statusCode()).as("the call is not open yet").isEqualTo(409);

        PendingEvent opened = pending(new CampaignPhaseAdvanced(campaignId, "2027-2028", "TraAM 2027-2028",
                CampaignPhase.DRAFT, CampaignPhase.CALL_OPEN, LocalDate.of(2027, 3, 22), AdvanceTrigger.EXPERT, "expert-lettres"));
        publisher.publish(opened);
        await().atMost(PATIENCE).until(() -> campaigns.find(new CampaignId(campaignId)).orElseThrow().hasApplied(opened.id()));

        HttpResponse<String> submitted = submit(campaignId);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
    }

    private HttpResponse<String> submit(String campaignId) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/candidatures"))
                .POST(HttpRequest.BodyPublishers.ofString(CandidatureJson.submission(campaignId, "ia-et-ecriture")))
                .header("Content-Type", "application/json")
                .header("Authorization", TestInfrastructure.tokens().bearer("DAN", "10")).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static PendingEvent pending(TraamEvent event) {
        return PendingEvent.of(event, CAMPAIGNS_SOURCE, Instant.now());
    }
}
