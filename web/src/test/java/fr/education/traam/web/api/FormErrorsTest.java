package fr.education.traam.web.api;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FormErrorsTest {

    @Test
    void each_field_gets_its_first_message_and_the_summary_links_to_it() {
        FormErrors errors = new FormErrors(List.of(new FormErrors.Line("rationale-10", "Écrivez la raison."),
                new FormErrors.Line("rationale-10", "Autre"), new FormErrors.Line(null, "La page a changé.")));

        assertThat(errors.any()).isTrue();
        assertThat(errors.on("rationale-10")).isEqualTo("Écrivez la raison.");
        assertThat(errors.has("decision-10")).isFalse();
        assertThat(errors.lines()).extracting(FormErrors.Line::href).containsExactly("#rationale-10", "#rationale-10", null);
        assertThat(FormErrors.none().any()).isFalse();
    }
}
