package fr.education.traam.candidatures.selection.persistence;

import fr.education.traam.campaignview.Campaign;
import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.reference.Academy;
import fr.education.traam.candidatures.selection.Applicant;
import fr.education.traam.candidatures.selection.NationalSelection;
import fr.education.traam.candidatures.selection.NationalSelections;
import fr.education.traam.candidatures.selection.SelectionMother;
import fr.education.traam.contract.campaigns.CampaignPhase;
import fr.education.traam.contract.candidatures.CandidatureKind;
import fr.education.traam.contract.candidatures.SelectionDecision;
import fr.education.traam.kit.outbox.AggregateWrites;
import fr.education.traam.testkit.TraamInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The selections adapter against a real MongoDB wire server: versions, the derived id, and the queries the rules use. */
@SpringBootTest
@TraamInfrastructure(database = "traam-candidatures-test")
class MongoNationalSelectionsTest {

    @Autowired
    NationalSelections selections;
    @Autowired
    MongoTemplate mongo;

    /** Later than any selection other tests of this database publish, with the real clock or the mother's date. */
    private static final Instant LATER = Instant.parse("2100-06-20T09:00:00Z");

    private final List<Applicant> applicants = SelectionMother.applying(CandidatureKind.APPLICATION, SelectionMother.EIGHT);

    @Test
    void stores_a_draft_then_its_publication_reads_them_back_equal_and_keeps_no_personal_data() {
        Campaign campaign = campaign();
        NationalSelection stored = selections.save(decide(NationalSelection.begin(campaign, SelectionMother.AI_AND_WRITING),
                campaign, Academy.LYON));
        NationalSelection published = selections.save(stored.publish(campaign, SelectionMother.LETTERS_EXPERT, applicants,
                SelectionMother.AT));

        assertThat(stored.version()).isZero();
        assertThat(published.version()).isEqualTo(1);
        assertThat(selections.find(published.id())).contains(published);
        assertThat(selections.publishedIn(campaign.id())).containsExactly(published);
        Document raw = mongo.getCollection(MongoNationalSelections.COLLECTION).find(new Document("_id", published.id().value())).first();
        // Until the relay has published them, the pending events (SelectedTeamsTransmitted with the teams) sit in the outbox;
        // the selection's own state never holds a name or an address.
        raw.remove(AggregateWrites.OUTBOX);
        assertThat(raw.toJson()).doesNotContain("@ac-").doesNotContain("Paul Martin").contains("\"decisions\"");
    }

    @Test
    void a_second_first_decision_on_the_same_theme_loses_to_the_first_as_a_concurrent_change() {
        Campaign campaign = campaign();
        NationalSelection empty = NationalSelection.begin(campaign, SelectionMother.AI_AND_WRITING);
        selections.save(decide(empty, campaign, Academy.LYON));

        assertThatThrownBy(() -> selections.save(decide(empty, campaign, Academy.PARIS)))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void finds_the_latest_published_selection_of_a_continued_theme_across_campaigns() {
        Campaign earlier = campaign();
        Campaign later = campaign();
        selections.save(decide(NationalSelection.begin(earlier, SelectionMother.AI_AND_WRITING),
                earlier, Academy.LYON).selection().publish(earlier, SelectionMother.LETTERS_EXPERT, applicants, SelectionMother.AT));
        NationalSelection second = selections.save(decide(NationalSelection.begin(later, SelectionMother.AI_AND_WRITING),
                later, Academy.PARIS).selection().publish(later, SelectionMother.LETTERS_EXPERT, applicants,
                LATER));

        assertThat(selections.latestPublished(SelectionMother.AI_AND_WRITING)).hasValueSatisfying(latest -> {
            assertThat(latest.id()).isEqualTo(second.id());
            assertThat(latest.selected()).extracting(d -> d.academy()).containsExactly(Academy.PARIS);
        });
    }

    private NationalSelection.Changed decide(NationalSelection selection, Campaign campaign, Academy academy) {
        return selection.decide(campaign, SelectionMother.LETTERS_EXPERT, applicants, academy, SelectionDecision.SELECTED,
                "Équipe solide", null, SelectionMother.AT);
    }

    /** A campaign of its own, so that tests sharing the database do not see each other's selections. */
    private static Campaign campaign() {
        Campaign template = SelectionMother.campaign(CampaignPhase.NATIONAL_SELECTION);
        return new Campaign(new CampaignId("campaign-" + UUID.randomUUID()), template.schoolYear(), template.title(),
                template.calendar(), template.phase(), template.themes(), template.appliedEvents(), template.version());
    }
}
