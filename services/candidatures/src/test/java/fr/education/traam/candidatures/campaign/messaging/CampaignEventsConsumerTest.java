package fr.education.traam.candidatures.campaign.messaging;

import fr.education.traam.candidatures.campaign.Campaign;
import fr.education.traam.candidatures.campaign.CampaignId;
import fr.education.traam.candidatures.campaign.Campaigns;
import fr.education.traam.candidatures.campaign.ThemeId;
import fr.education.traam.candidatures.candidature.CandidatureMother;
import fr.education.traam.candidatures.candidature.web.CandidatureJson;
import fr.education.traam.contract.TraamEvent;
import fr.education.traam.contract.campaigns.AdvanceTrigger;
import fr.education.traam.contract.campaigns.CampaignCalendar;
import fr.education.traam.contract.campaigns.CampaignPhase;
import fr.education.traam.contract.campaigns.CampaignPhaseAdvanced;
import fr.education.traam.contract.campaigns.CampaignRescheduled;
import fr.education.traam.contract.campaigns.DneExpert;
import fr.education.traam.contract.campaigns.ThemeAdded;
import fr.education.traam.contract.campaigns.ThemeCycle;
import fr.education.traam.contract.campaigns.ThemeDetails;
import fr.education.traam.contract.campaigns.ThemeKind;
import fr.education.traam.contract.campaigns.ThemeRevised;
import fr.education.traam.contract.campaigns.ThemeWithdrawn;
import fr.education.traam.kit.inbox.Inbox;
import fr.education.traam.kit.outbox.EventPublisher;
import fr.education.traam.kit.outbox.PendingEvent;
import fr.education.traam.testkit.TestInfrastructure;
import fr.education.traam.testkit.TraamInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The consumer of {@code traam.campaigns} on the real broker: campaign events published as the campaigns
 * service's relay publishes them (CloudEvents in binary mode, same publisher), applied once each to the view,
 * then a candidature submitted against what the view learnt.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TraamInfrastructure(database = "traam-candidatures-test")
class CampaignEventsConsumerTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String CAMPAIGNS_SOURCE = "/traam/campaigns";

    @LocalServerPort
    int port;
    @Autowired
    EventPublisher publisher;
    @Autowired
    Campaigns campaigns;
    @Autowired
    MongoTemplate mongo;

    @Test
    void the_view_follows_all_six_event_types_ignores_a_redelivered_duplicate_and_lets_a_dan_apply_once_the_call_opens() throws Exception {
        String campaignId = "campaign-" + UUID.randomUUID();
        PendingEvent mathsAdded = pending(new ThemeAdded(campaignId, maths(6), "expert-maths"));
        CampaignCalendar later = new CampaignCalendar(LocalDate.of(2027, 3, 22), LocalDate.of(2027, 5, 21),
                LocalDate.of(2027, 6, 18), LocalDate.of(2027, 9, 1), LocalDate.of(2028, 9, 1), LocalDate.of(2029, 7, 6));

        publish(pending(CandidatureMother.created(campaignId)));
        publish(mathsAdded);
        publish(pending(new ThemeRevised(campaignId, maths(8), "igesr-1")));
        publish(pending(new ThemeWithdrawn(campaignId, "donnees-en-mathematiques", "expert-maths")));
        publish(pending(new CampaignRescheduled(campaignId, later, "expert-lettres")));
        publish(mathsAdded); // the relay republishing after a crash: same ce_id
        PendingEvent opened = pending(new CampaignPhaseAdvanced(campaignId, "2027-2028", "TraAM 2027-2028",
                CampaignPhase.DRAFT, CampaignPhase.CALL_OPEN, LocalDate.of(2027, 3, 22), AdvanceTrigger.EXPERT, "expert-lettres"));
        publish(opened);

        Campaign view = awaitApplied(campaignId, opened.id());
        assertThat(view.phase()).isEqualTo(CampaignPhase.CALL_OPEN);
        assertThat(view.calendar()).isEqualTo(later);
        assertThat(view.themes()).extracting(t -> t.id().value())
                .as("the duplicate did not bring the withdrawn theme back").containsExactly("ia-et-ecriture", "climat-et-donnees-2");
        assertThat(view.theme(new ThemeId("climat-et-donnees-2"))).hasValueSatisfying(theme -> {
            assertThat(theme.cycle()).isEqualTo(ThemeCycle.SECOND_YEAR);
            assertThat(theme.continues()).isEqualTo(new ThemeId("climat-et-donnees"));
        });
        assertThat(view.appliedEvents()).hasSize(6).contains(mathsAdded.id());

        HttpResponse<String> submitted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/candidatures"))
                .POST(HttpRequest.BodyPublishers.ofString(CandidatureJson.submission(campaignId, "ia-et-ecriture")))
                .header("Content-Type", "application/json")
                .header("Authorization", TestInfrastructure.tokens().bearer("DAN", "10")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
    }

    @Test
    void a_duplicate_the_inbox_forgot_still_changes_nothing_because_the_view_remembers_it() {
        String campaignId = "campaign-" + UUID.randomUUID();
        PendingEvent mathsAdded = pending(new ThemeAdded(campaignId, maths(6), "expert-maths"));
        publish(pending(CandidatureMother.created(campaignId)));
        publish(mathsAdded);
        PendingEvent withdrawn = pending(new ThemeWithdrawn(campaignId, "donnees-en-mathematiques", "expert-maths"));
        publish(withdrawn);
        Campaign before = awaitApplied(campaignId, withdrawn.id());

        // A crash between the effect and the inbox's record of it: the inbox does not know the event.
        mongo.remove(Query.query(Criteria.where("_id").is("candidatures/" + mathsAdded.id())), Inbox.COLLECTION);
        publish(mathsAdded);
        PendingEvent marker = pending(new ThemeWithdrawn(campaignId, "theme-jamais-ajoute", "expert-maths"));
        publish(marker);

        Campaign after = awaitApplied(campaignId, marker.id());
        assertThat(mongo.exists(Query.query(Criteria.where("_id").is("candidatures/" + mathsAdded.id())), Inbox.COLLECTION))
                .as("the redelivery went through the inbox again").isTrue();
        assertThat(after.themes()).isEqualTo(before.themes());
        assertThat(after.theme(new ThemeId("donnees-en-mathematiques"))).isEmpty();
    }

    private Campaign awaitApplied(String campaignId, String eventId) {
        return await().atMost(PATIENCE).until(() -> campaigns.find(new CampaignId(campaignId)),
                known -> known.isPresent() && known.get().hasApplied(eventId)).orElseThrow();
    }

    private void publish(PendingEvent event) {
        publisher.publish(event);
    }

    private static PendingEvent pending(TraamEvent event) {
        return PendingEvent.of(event, CAMPAIGNS_SOURCE, Instant.now());
    }

    private static ThemeDetails maths(int capacity) {
        return new ThemeDetails("donnees-en-mathematiques", "Données en mathématiques", "", ThemeKind.DISCIPLINARY,
                List.of("Mathématiques"), List.of(new DneExpert("expert-maths", "Awa Traoré")), capacity, ThemeCycle.FIRST_YEAR, null);
    }
}
