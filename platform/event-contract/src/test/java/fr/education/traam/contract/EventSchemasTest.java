package fr.education.traam.contract;

import fr.education.traam.contract.campaigns.AdvanceTrigger;
import fr.education.traam.contract.campaigns.CampaignPhase;
import fr.education.traam.contract.campaigns.CampaignPhaseAdvanced;
import fr.education.traam.contract.candidatures.AcademyDetails;
import fr.education.traam.contract.productions.ProductionDrafted;
import fr.education.traam.contract.productions.ProductionSubmitted;
import fr.education.traam.contract.productions.ProductionType;
import fr.education.traam.contract.productions.ReviewStage;
import fr.education.traam.contract.productions.ThemeReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class EventSchemasTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Stream<EventDefinition> definitions() {
        return EventCatalogue.all().stream();
    }

    @ParameterizedTest
    @MethodSource("definitions")
    void every_event_type_has_a_sample(EventDefinition definition) {
        assertThat(SampleEvents.byClass()).containsKey(definition.javaType());
    }

    @ParameterizedTest
    @MethodSource("definitions")
    void each_event_serialises_to_json_its_schema_accepts(EventDefinition definition) {
        byte[] data = EventJson.write(SampleEvents.byClass().get(definition.javaType()));

        assertThat(EventSchemas.violations(definition, data)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("definitions")
    void each_event_reads_back_equal(EventDefinition definition) {
        TraamEvent sample = SampleEvents.byClass().get(definition.javaType());

        assertThat(EventJson.read(EventJson.write(sample), definition.javaType())).isEqualTo(sample);
    }

    @ParameterizedTest
    @MethodSource("definitions")
    void each_schema_declares_every_record_component_and_its_public_id(EventDefinition definition) {
        JsonNode schema = JSON.readTree(EventSchemas.text(definition));

        assertThat(schema.get("$id").asString()).isEqualTo(EventSchemas.id(definition));
        List<String> declared = schema.get("properties").propertyNames().stream().toList();
        List<String> components = Arrays.stream(definition.javaType().getRecordComponents()).map(c -> c.getName()).toList();
        assertThat(declared).containsExactlyInAnyOrderElementsOf(components);
    }

    @ParameterizedTest
    @MethodSource("definitions")
    void schemas_reject_a_missing_required_fact_and_an_unknown_one(EventDefinition definition) {
        ObjectNode body = (ObjectNode) JSON.readTree(EventJson.write(SampleEvents.byClass().get(definition.javaType())));
        String required = JSON.readTree(EventSchemas.text(definition)).get("required").get(0).asString();

        ObjectNode missing = body.deepCopy();
        missing.remove(required);
        ObjectNode unknown = body.deepCopy();
        unknown.put("unexpected", true);

        assertThat(EventSchemas.violations(definition, bytes(missing))).anySatisfy(v -> assertThat(v).contains(required));
        assertThat(EventSchemas.violations(definition, bytes(unknown))).anySatisfy(v -> assertThat(v).contains("unexpected"));
    }

    @Test
    void nested_types_are_checked_through_their_shared_definitions() {
        EventDefinition created = EventCatalogue.byType("fr.education.traam.campaigns.campaign-created.v1").orElseThrow();
        ObjectNode body = (ObjectNode) JSON.readTree(EventJson.write(SampleEvents.byClass().get(created.javaType())));
        ((ObjectNode) body.get("themes").get(0)).put("capacity", 0);
        ((ObjectNode) body.get("themes").get(0)).put("kind", "ARTISTIC");

        assertThat(EventSchemas.violations(created, bytes(body)))
                .anySatisfy(v -> assertThat(v).contains("capacity"))
                .anySatisfy(v -> assertThat(v).contains("kind"));
    }

    @Test
    void a_review_stage_is_one_of_the_two_and_a_version_counts_from_one() {
        EventDefinition submitted = EventCatalogue.of(ProductionSubmitted.class);
        ObjectNode body = (ObjectNode) JSON.readTree(EventJson.write(new ProductionSubmitted("production-42", 1, ReviewStage.ACADEMIC)));
        body.put("stage", "REGIONAL");
        body.put("version", 0);

        assertThat(EventSchemas.violations(submitted, bytes(body)))
                .anySatisfy(v -> assertThat(v).contains("stage"))
                .anySatisfy(v -> assertThat(v).contains("version"));
    }

    @Test
    void the_national_group_s_draft_has_no_academy() {
        ProductionDrafted national = new ProductionDrafted("production-43", 1, ProductionType.TRAINING_MODULE, "Former à l'IA",
                new ThemeReference("campaign-2027", "2027-2028", "theme-ia", "Intelligence artificielle et écriture"),
                "group-ia-national", null);
        EventDefinition drafted = EventCatalogue.of(ProductionDrafted.class);
        byte[] data = EventJson.write(national);

        assertThat(EventSchemas.violations(drafted, data)).isEmpty();
        assertThat(JSON.readTree(data).has("academy")).isFalse();
        assertThat(EventJson.read(data, ProductionDrafted.class)).isEqualTo(national);

        ObjectNode withAnUnknownAcademy = (ObjectNode) JSON.readTree(EventJson.write(new ProductionDrafted("production-44", 1,
                ProductionType.SCENARIO, "Un scénario", national.theme(), "group-ia-10", new AcademyDetails("Lyon", "10"))));
        assertThat(EventSchemas.violations(drafted, bytes(withAnUnknownAcademy))).anySatisfy(v -> assertThat(v).contains("academy"));
    }

    @Test
    void a_body_that_is_not_json_is_a_violation_not_an_exception() {
        EventDefinition definition = EventCatalogue.all().get(0);

        assertThat(EventSchemas.violations(definition, "{not json".getBytes(StandardCharsets.UTF_8)))
                .singleElement().asString().startsWith("body is not JSON");
    }

    @Test
    void dates_travel_as_iso_strings_and_absent_facts_are_left_out() {
        CampaignPhaseAdvanced byCalendar = new CampaignPhaseAdvanced("c", "2027-2028", "TraAM", CampaignPhase.CALL_OPEN,
                CampaignPhase.NATIONAL_SELECTION, LocalDate.of(2027, 5, 14), AdvanceTrigger.CALENDAR, null);

        JsonNode body = JSON.readTree(EventJson.write(byCalendar));

        assertThat(body.get("effectiveOn").asString()).isEqualTo("2027-05-14");
        assertThat(body.has("advancedBy")).isFalse();
    }

    private static byte[] bytes(JsonNode node) {
        return JSON.writeValueAsBytes(node);
    }
}
