package fr.education.traam.contract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventCatalogueTest {

    @Test
    void types_are_unique_versioned_and_on_a_known_topic() {
        assertThat(EventCatalogue.all()).extracting(EventDefinition::type).doesNotHaveDuplicates()
                .allSatisfy(type -> assertThat(type).matches("fr\\.education\\.traam\\.[a-z]+\\.[a-z-]+\\.v[0-9]+"));
        assertThat(EventCatalogue.all()).extracting(EventDefinition::topic).allSatisfy(t -> assertThat(Topics.ALL).contains(t));
    }

    @Test
    void restricted_topics_are_catalogued_topics() {
        assertThat(Topics.ALL).containsAll(Topics.RESTRICTED).doesNotHaveDuplicates();
    }

    @Test
    void looks_up_by_type_and_by_class() {
        EventDefinition first = EventCatalogue.all().get(0);

        assertThat(EventCatalogue.byType(first.type())).contains(first);
        assertThat(EventCatalogue.of(first.javaType())).isEqualTo(first);
        assertThat(EventCatalogue.byType("fr.education.traam.campaigns.unknown.v1")).isEmpty();
    }

    @Test
    void refuses_an_unversioned_type() {
        assertThatThrownBy(() -> new EventDefinition("fr.education.traam.campaigns.created", TraamEvent.class,
                Topics.CAMPAIGNS, "x.schema.json")).isInstanceOf(IllegalArgumentException.class);
    }
}
