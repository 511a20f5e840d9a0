package fr.education.traam.dissemination.site;

import fr.education.traam.contract.EventCatalogue;
import fr.education.traam.contract.Topics;
import fr.education.traam.contract.TraamEvent;
import fr.education.traam.contract.candidatures.AcademyDetails;
import fr.education.traam.contract.candidatures.AcademySelected;
import fr.education.traam.contract.candidatures.SelectedTeamsTransmitted;
import fr.education.traam.contract.candidatures.SelectionAmended;
import fr.education.traam.contract.productions.ProductionApproved;
import fr.education.traam.contract.productions.ProductionChangesRequested;
import fr.education.traam.contract.productions.ProductionDrafted;
import fr.education.traam.contract.productions.ProductionPublished;
import fr.education.traam.contract.productions.ProductionRevised;
import fr.education.traam.contract.productions.ProductionSubmitted;
import fr.education.traam.contract.productions.ProductionType;
import fr.education.traam.contract.productions.ProductionWithdrawn;
import fr.education.traam.contract.productions.ThemeReference;
import fr.education.traam.kit.domain.Refused;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubscriptionTest {

    @Test
    void no_type_of_a_restricted_topic_can_be_subscribed_to() {
        assertThat(Subscription.subscribable()).isNotEmpty().allSatisfy(type ->
                assertThat(Topics.RESTRICTED).doesNotContain(EventCatalogue.byType(type).orElseThrow().topic()));
        assertThat(Subscription.subscribable()).doesNotContain(EventCatalogue.of(SelectedTeamsTransmitted.class).type());
    }

    @Test
    void a_site_may_subscribe_to_withdrawals_of_productions_which_reach_the_academies_credited_or_all_when_none_is() {
        String withdrawn = EventCatalogue.of(ProductionWithdrawn.class).type();
        assertThat(withdrawn).isEqualTo("fr.education.traam.productions.production-withdrawn.v1");
        Subscription own = new Subscription(Set.of(withdrawn), Scope.OWN_ACADEMY);
        ThemeReference theme = new ThemeReference("c", "2027-2028", "ia", "IA et écriture");
        Reach module = Reach.of(new ProductionWithdrawn("p", ProductionType.TRAINING_MODULE, "Module", theme, null,
                List.of(new AcademyDetails("10", "Lyon"), new AcademyDetails("08", "Grenoble")), "https://traam.education.fr/p", "Erreur"));
        Reach synthesis = Reach.of(new ProductionWithdrawn("p", ProductionType.SYNTHESIS, "Synthèse", theme, null, List.of(),
                "https://traam.education.fr/p", "Erreur"));

        assertThat(own.covers(withdrawn, module, "08")).isTrue();
        assertThat(own.covers(withdrawn, module, "10")).isTrue();
        assertThat(own.covers(withdrawn, module, "23")).isFalse();
        assertThat(own.covers(withdrawn, synthesis, "23")).as("national").isTrue();
        assertThat(own.covers(EventCatalogue.of(ProductionPublished.class).type(), module, "10")).as("another type").isFalse();
    }

    @Test
    void the_decisions_with_the_experts_rationale_stay_out_of_webhooks() {
        for (String name : List.of(EventCatalogue.of(AcademySelected.class).type(), EventCatalogue.of(SelectionAmended.class).type())) {
            assertThatThrownBy(() -> new Subscription(Set.of(name), Scope.ALL)).isInstanceOfSatisfying(Refused.class,
                    refused -> assertThat(refused.field()).isEqualTo("subscription.eventTypes"));
        }
    }

    @Test
    void of_a_production_only_its_publication_and_its_withdrawal_reach_websites() {
        assertThat(Subscription.subscribable()).filteredOn(type -> EventCatalogue.byType(type).orElseThrow().topic().equals(Topics.PRODUCTIONS))
                .containsExactly(EventCatalogue.of(ProductionPublished.class).type(), EventCatalogue.of(ProductionWithdrawn.class).type());
        for (Class<? extends TraamEvent> review : List.of(ProductionDrafted.class, ProductionRevised.class, ProductionSubmitted.class,
                ProductionChangesRequested.class, ProductionApproved.class)) {
            assertThatThrownBy(() -> new Subscription(Set.of(EventCatalogue.of(review).type()), Scope.OWN_ACADEMY))
                    .isInstanceOfSatisfying(Refused.class, refused -> assertThat(refused.field()).isEqualTo("subscription.eventTypes"));
        }
    }
}
