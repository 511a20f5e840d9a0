package fr.education.traam.web.selection;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AwaitingValidationTest {

    private static AwaitingValidation.Production production(String id, String status, List<String> actions) {
        return new AwaitingValidation.Production(id, "SCENARIO", status, "NATIONAL", 2,
                new AwaitingValidation.Theme("c", "ia", "IA et écriture"), new AwaitingValidation.Academy("10", "Lyon"),
                "Écrire avec une IA", actions);
    }

    @Test
    void what_the_expert_may_review_or_publish_now_each_once_linking_to_its_page() {
        AwaitingValidation awaiting = AwaitingValidation.of(List.of(production("a", "SUBMITTED", List.of("review")),
                production("b", "APPROVED", List.of("publish", "withdraw")), production("c", "DRAFT", List.of()),
                production("a", "SUBMITTED", List.of("review"))));

        assertThat(awaiting.toReview()).extracting(AwaitingValidation.Item::id).containsExactly("a");
        assertThat(awaiting.toPublish()).extracting(AwaitingValidation.Item::href).containsExactly("/espace/productions/b");
        assertThat(awaiting.toReview().get(0).kindLabel()).isEqualTo("Scénario pédagogique");
        assertThat(awaiting.none()).isFalse();
        assertThat(AwaitingValidation.of(List.of(production("c", "DRAFT", null))).none()).isTrue();
    }
}
