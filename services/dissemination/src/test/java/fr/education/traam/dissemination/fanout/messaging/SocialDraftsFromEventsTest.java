package fr.education.traam.dissemination.fanout.messaging;

import fr.education.traam.contract.campaigns.CampaignCalendar;
import fr.education.traam.contract.campaigns.CampaignCreated;
import fr.education.traam.contract.campaigns.DneExpert;
import fr.education.traam.contract.campaigns.ThemeCycle;
import fr.education.traam.contract.campaigns.ThemeDetails;
import fr.education.traam.contract.campaigns.ThemeKind;
import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.contract.candidatures.SelectionDecision;
import fr.education.traam.campaignview.Campaigns;
import fr.education.traam.dissemination.site.SelectionMother;
import fr.education.traam.dissemination.social.ReviewQueue;
import fr.education.traam.dissemination.social.ReviewStatus;
import fr.education.traam.dissemination.social.SocialPostDraft;
import fr.education.traam.dissemination.social.SocialPostKind;
import fr.education.traam.kit.outbox.EventPublisher;
import fr.education.traam.kit.outbox.PendingEvent;
import fr.education.traam.testkit.TraamInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static fr.education.traam.dissemination.newsletter.ProductionMother.pending;
import static fr.education.traam.dissemination.newsletter.ProductionMother.scenario;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Events on the real broker become draft posts in the review queue: one per published selection or production, however
 * often the event is delivered; a selection's amendment rewrites its pending drafts or proposes a new one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TraamInfrastructure(database = "traam-dissemination-test")
class SocialDraftsFromEventsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final CampaignCalendar CALENDAR = new CampaignCalendar(LocalDate.of(2027, 3, 15), LocalDate.of(2027, 5, 14),
            LocalDate.of(2027, 6, 18), LocalDate.of(2027, 9, 1), LocalDate.of(2028, 9, 1), LocalDate.of(2029, 7, 6));

    @Autowired
    EventPublisher publisher;
    @Autowired
    ReviewQueue queue;
    @Autowired
    Campaigns campaigns;
    @Autowired
    MongoTemplate mongo;

    @Test
    void a_published_national_selection_redelivered_is_one_draft_naming_its_theme_and_academies() {
        String campaignId = "campaign-" + UUID.randomUUID();
        publisher.publish(PendingEvent.of(new CampaignCreated(campaignId, "2027-2028", "TraAM 2027-2028", CALENDAR, List.of(new ThemeDetails(
                "ia-et-ecriture", "IA et écriture", "", ThemeKind.INTERDISCIPLINARY, List.of("Lettres", "Philosophie"),
                List.of(new DneExpert("expert-lettres", "Claire Martin")), 6, ThemeCycle.FIRST_YEAR, null)), "e"), "/traam/campaigns", Instant.now()));
        await().atMost(PATIENCE).until(() -> campaigns.find(new CampaignId(campaignId)).isPresent());
        PendingEvent published = SelectionMother.pending(SelectionMother.selection(campaignId, "ia-et-ecriture", List.of("10", "25"), List.of("20")));

        publisher.publish(published);
        publisher.publish(published); // the producer's relay republishing after a crash: same ce_id
        PendingEvent marker = pending(scenario(campaignId, "ia-et-ecriture", "IA et écriture", "Un marqueur", List.of("Lettres")));
        publisher.publish(marker);

        await().atMost(PATIENCE).until(() -> queue.find(SocialPostDraft.idFor(marker.id())).isPresent());
        SocialPostDraft draft = queue.find(SocialPostDraft.idFor(published.id())).orElseThrow();
        String link = "http://localhost:8080/api/candidatures/selections/" + campaignId + "/ia-et-ecriture";
        assertThat(draft.kind()).isEqualTo(SocialPostKind.SELECTION_PUBLISHED);
        assertThat(draft.status()).isEqualTo(ReviewStatus.PENDING);
        assertThat(draft.text()).isEqualTo("Sélection nationale : 2 académies retenues pour le thème « IA et écriture » : Lyon, Versailles "
                + link + " #TraAM #Lettres #Philosophie");
        assertThat(draftsOf(published)).isEqualTo(1);
    }

    @Test
    void an_amendment_rewrites_a_pending_selection_draft_and_proposes_a_new_one_beside_a_reviewed_draft() {
        String campaignId = "campaign-" + UUID.randomUUID();
        publisher.publish(PendingEvent.of(new CampaignCreated(campaignId, "2027-2028", "TraAM 2027-2028", CALENDAR, List.of(
                theme("ia", "IA et écriture"), theme("donnees", "Données et citoyenneté")), "e"), "/traam/campaigns", Instant.now()));
        await().atMost(PATIENCE).until(() -> campaigns.find(new CampaignId(campaignId)).isPresent());
        PendingEvent pendingOne = SelectionMother.pending(SelectionMother.selection(campaignId, "ia", List.of("10", "25"), List.of("20")));
        PendingEvent reviewedOne = SelectionMother.pending(SelectionMother.selection(campaignId, "donnees", List.of("10", "25"), List.of("20")));
        publisher.publish(pendingOne);
        publisher.publish(reviewedOne);
        SocialPostDraft approved = await().atMost(PATIENCE).until(() -> queue.find(SocialPostDraft.idFor(reviewedOne.id())), d -> d.isPresent())
                .orElseThrow();
        queue.save(approved.approved(Instant.now(), "editor-1"));

        PendingEvent lyonOut = SelectionMother.pending(SelectionMother.amended(campaignId, "ia", 1, "10", SelectionDecision.NOT_RETAINED,
                List.of("25"), List.of("10", "20")));
        PendingEvent lyonOutOfTheOther = SelectionMother.pending(SelectionMother.amended(campaignId, "donnees", 1, "10",
                SelectionDecision.NOT_RETAINED, List.of("25"), List.of("10", "20")));
        publisher.publish(lyonOut);
        publisher.publish(lyonOutOfTheOther);
        publisher.publish(lyonOutOfTheOther); // redelivered: same ce_id

        SocialPostDraft rewritten = await().atMost(PATIENCE).until(() -> queue.find(SocialPostDraft.idFor(pendingOne.id())).orElseThrow(),
                d -> d.revision() == 1);
        assertThat(rewritten.status()).isEqualTo(ReviewStatus.PENDING);
        assertThat(rewritten.text()).startsWith("Sélection nationale : 1 académie retenue pour le thème « IA et écriture » : Versailles ")
                .doesNotContain("Lyon");
        assertThat(draftsOf(lyonOut)).as("a pending draft is rewritten, not doubled").isZero();

        SocialPostDraft correction = await().atMost(PATIENCE).until(() -> queue.find(SocialPostDraft.idFor(lyonOutOfTheOther.id())),
                d -> d.isPresent()).orElseThrow();
        assertThat(correction.kind()).isEqualTo(SocialPostKind.SELECTION_AMENDED);
        assertThat(correction.status()).isEqualTo(ReviewStatus.PENDING);
        assertThat(correction.text()).startsWith("Sélection nationale corrigée : 1 académie retenue pour le thème « Données et citoyenneté »");
        SocialPostDraft stillApproved = queue.find(approved.id()).orElseThrow();
        assertThat(stillApproved.status()).isEqualTo(ReviewStatus.APPROVED);
        assertThat(stillApproved.text()).isEqualTo(approved.text());
        await().during(Duration.ofSeconds(2)).atMost(PATIENCE).until(() -> draftsOf(lyonOutOfTheOther) == 1);
    }

    private static ThemeDetails theme(String id, String title) {
        return new ThemeDetails(id, title, "", ThemeKind.DISCIPLINARY, List.of("Lettres"),
                List.of(new DneExpert("expert-lettres", "Claire Martin")), 6, ThemeCycle.FIRST_YEAR, null);
    }

    @Test
    void a_production_delivered_twice_is_one_draft() {
        String campaignId = "campaign-" + UUID.randomUUID();
        PendingEvent once = pending(scenario(campaignId, "ia", "IA et écriture", "Réécrire un conte", List.of("Lettres")));
        PendingEvent marker = pending(scenario(campaignId, "ia", "IA et écriture", "Un marqueur", List.of("Lettres")));

        publisher.publish(once);
        publisher.publish(once);
        publisher.publish(marker);

        await().atMost(PATIENCE).until(() -> queue.find(SocialPostDraft.idFor(marker.id())).isPresent());
        assertThat(draftsOf(once)).isEqualTo(1);
        assertThat(queue.find(SocialPostDraft.idFor(once.id())).orElseThrow().text()).contains("« Réécrire un conte »");
    }

    private long draftsOf(PendingEvent event) {
        return mongo.count(Query.query(Criteria.where("eventId").is(event.id())), "socialPostDrafts");
    }
}
