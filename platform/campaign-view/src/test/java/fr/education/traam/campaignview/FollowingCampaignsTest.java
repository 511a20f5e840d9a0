package fr.education.traam.campaignview;

import fr.education.traam.contract.CloudEventHeaders;
import fr.education.traam.contract.TraamEvent;
import fr.education.traam.contract.Topics;
import fr.education.traam.contract.campaigns.CampaignCalendar;
import fr.education.traam.contract.campaigns.CampaignPhase;
import fr.education.traam.contract.campaigns.CampaignRescheduled;
import fr.education.traam.contract.campaigns.ThemeAdded;
import fr.education.traam.contract.campaigns.ThemeCycle;
import fr.education.traam.contract.campaigns.ThemeRevised;
import fr.education.traam.contract.campaigns.ThemeWithdrawn;
import fr.education.traam.kit.deadletter.Replay;
import fr.education.traam.kit.deadletter.ReplayReport;
import fr.education.traam.kit.deadletter.ReplayingDeadLetters;
import fr.education.traam.kit.outbox.EventPublisher;
import fr.education.traam.kit.outbox.PendingEvent;
import fr.education.traam.testkit.KafkaTopicProbe;
import fr.education.traam.testkit.TraamInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The view on the real broker, in a service that only depends on the library and names {@code campaignView}: campaign
 * events published as the campaigns service's relay publishes them, each applied once, and an event of a campaign
 * never created dead-lettered with its reason.
 */
@SpringBootTest
@TraamInfrastructure(database = "traam-campaign-view-test")
class FollowingCampaignsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String CAMPAIGNS_SOURCE = "/traam/campaigns";

    @Autowired
    EventPublisher publisher;
    @Autowired
    Campaigns campaigns;
    @Autowired
    ReplayingDeadLetters deadLetters;

    @Test
    void the_view_follows_all_six_event_types_and_a_redelivered_event_changes_nothing() {
        String campaignId = "campaign-" + UUID.randomUUID();
        PendingEvent mathsAdded = pending(new ThemeAdded(campaignId, CampaignEventsMother.maths(6), "expert-maths"));
        CampaignCalendar later = new CampaignCalendar(LocalDate.of(2027, 3, 22), LocalDate.of(2027, 5, 21),
                LocalDate.of(2027, 6, 18), LocalDate.of(2027, 9, 1), LocalDate.of(2028, 9, 1), LocalDate.of(2029, 7, 6));

        publisher.publish(pending(CampaignEventsMother.created(campaignId)));
        publisher.publish(mathsAdded);
        publisher.publish(pending(new ThemeRevised(campaignId, CampaignEventsMother.maths(8), "igesr-1")));
        publisher.publish(pending(new ThemeWithdrawn(campaignId, "donnees-en-mathematiques", "expert-maths")));
        publisher.publish(pending(new CampaignRescheduled(campaignId, later, "expert-lettres")));
        publisher.publish(mathsAdded); // the relay republishing after a crash: the same ce_id
        PendingEvent opened = pending(CampaignEventsMother.advanced(campaignId, CampaignPhase.DRAFT, CampaignPhase.CALL_OPEN));
        publisher.publish(opened);

        Campaign view = awaitApplied(campaignId, opened.id());
        assertThat(view.phase()).isEqualTo(CampaignPhase.CALL_OPEN);
        assertThat(view.callOpen()).isTrue();
        assertThat(view.calendar()).isEqualTo(later);
        assertThat(view.themes()).extracting(t -> t.id().value())
                .as("the duplicate did not bring the withdrawn theme back").containsExactly("ia-et-ecriture", "climat-et-donnees-2");
        assertThat(view.theme(CampaignEventsMother.CLIMATE_YEAR_TWO)).hasValueSatisfying(theme -> {
            assertThat(theme.cycle()).isEqualTo(ThemeCycle.SECOND_YEAR);
            assertThat(theme.continues()).isEqualTo(new ThemeId("climat-et-donnees"));
        });
        assertThat(view.appliedEvents()).as("six events applied, the duplicate not counted").hasSize(6).contains(mathsAdded.id());
    }

    @Test
    void an_event_of_a_campaign_never_created_goes_to_the_dead_letter_topic_with_its_reason_and_later_ones_flow_on() {
        String orphan = "campaign-" + UUID.randomUUID();
        String healthy = "campaign-" + UUID.randomUUID();
        try (KafkaTopicProbe deadLetters = new KafkaTopicProbe("error." + Topics.CAMPAIGNS + ".campaign-view-test")) {
            PendingEvent lost = pending(new ThemeAdded(orphan, CampaignEventsMother.maths(6), "expert-maths"));
            publisher.publish(lost);
            publisher.publish(pending(CampaignEventsMother.created(healthy)));

            ConsumerRecord<String, byte[]> dead = deadLetters.awaitRecords(r -> orphan.equals(r.key()), 1, PATIENCE).get(0);
            assertThat(KafkaTopicProbe.header(dead, CloudEventHeaders.ID)).isEqualTo(lost.id());
            assertThat(KafkaTopicProbe.header(dead, "x-exception-message")).contains("whose creation was never received here");
        }
        await().atMost(PATIENCE).until(() -> campaigns.find(new CampaignId(healthy)).isPresent());
        assertThat(campaigns.find(new CampaignId(orphan))).isEmpty();
    }

    @Test
    void once_the_campaign_is_known_an_operator_s_replay_applies_the_dead_letter_once_and_a_second_replay_changes_nothing() {
        String campaignId = "campaign-" + UUID.randomUUID();
        Instant before = Instant.now().minusSeconds(1);
        PendingEvent early = pending(new ThemeAdded(campaignId, CampaignEventsMother.maths(6), "expert-maths"));
        try (KafkaTopicProbe deadLetters = new KafkaTopicProbe("error." + Topics.CAMPAIGNS + ".campaign-view-test")) {
            publisher.publish(early);
            deadLetters.awaitRecords(r -> campaignId.equals(r.key()), 1, PATIENCE);
        }
        PendingEvent created = pending(CampaignEventsMother.created(campaignId));
        publisher.publish(created);
        awaitApplied(campaignId, created.id());

        ReplayReport first = deadLetters.replaySince(before, Topics.CAMPAIGNS, null, "operator");
        Campaign replayed = campaigns.find(new CampaignId(campaignId)).orElseThrow();
        ReplayReport.Replayed ours = first.replayed().stream().filter(r -> early.id().equals(r.deadLetter().eventId()))
                .findFirst().orElseThrow();
        ReplayReport second = deadLetters.replay(ours.deadLetter().id(), "operator");

        assertThat(ours.replay().outcome()).isEqualTo(Replay.Outcome.APPLIED);
        assertThat(replayed.hasApplied(early.id())).isTrue();
        assertThat(replayed.theme(new ThemeId("donnees-en-mathematiques"))).isPresent();
        assertThat(second.applied()).as("the second replay reached the view").isEqualTo(1);
        assertThat(campaigns.find(new CampaignId(campaignId)).orElseThrow()).as("and changed nothing").isEqualTo(replayed);
    }

    private Campaign awaitApplied(String campaignId, String eventId) {
        return await().atMost(PATIENCE).until(() -> campaigns.find(new CampaignId(campaignId)),
                known -> known.isPresent() && known.get().hasApplied(eventId)).orElseThrow();
    }

    private static PendingEvent pending(TraamEvent event) {
        return PendingEvent.of(event, CAMPAIGNS_SOURCE, Instant.now());
    }
}
