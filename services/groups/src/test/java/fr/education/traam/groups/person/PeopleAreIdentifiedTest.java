package fr.education.traam.groups.person;

import fr.education.traam.contract.EventCatalogue;
import fr.education.traam.contract.EventSchemas;
import fr.education.traam.contract.Topics;
import fr.education.traam.reference.people.EmailAddress;
import fr.education.traam.testkit.KafkaTopicProbe;
import fr.education.traam.testkit.TraamInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Storing a person tells the restricted topic how their member id is recognised, each time that changes, and that it
 * is forgotten once they are erased (ADR 24), on the real broker, through the person document's outbox.
 */
@SpringBootTest
@TraamInfrastructure(database = "traam-groups-test")
class PeopleAreIdentifiedTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String IDENTIFIED = "fr.education.traam.groups.member-identified.v1";
    private static final String ERASED = "fr.education.traam.groups.member-erased.v1";

    @Autowired
    People people;

    @Test
    void a_person_is_identified_once_again_when_their_address_changes_and_erased_last() {
        try (KafkaTopicProbe identities = new KafkaTopicProbe(Topics.GROUP_PEOPLE)) {
            String unique = UUID.randomUUID().toString().substring(0, 8);
            EmailAddress first = new EmailAddress("ines.benali." + unique + "@ac-lyon.fr");
            Person registered = people.registered(first, "Inès Benali");
            Person again = people.registered(first, "Inès Benali");
            assertThat(again.id()).isEqualTo(registered.id());
            Person renamed = people.save(again.named("Inès Benali-Roux"));

            EmailAddress moved = new EmailAddress("ines.benali." + unique + "@ac-grenoble.fr");
            Person reachable = people.save(renamed.reachableAt(moved));
            people.save(reachable.erase(Instant.now()));

            String id = registered.id().value();
            List<ConsumerRecord<String, byte[]>> records = identities.awaitRecords(record -> id.equals(record.key()), 3);
            assertThat(records).extracting(record -> KafkaTopicProbe.header(record, "ce_type"))
                    .containsExactly(IDENTIFIED, IDENTIFIED, ERASED);
            assertThat(body(records.get(0)).at("/identity/email").asString()).isEqualTo(first.value());
            assertThat(body(records.get(1)).at("/identity/email").asString()).isEqualTo(moved.value());
            assertThat(KafkaTopicProbe.value(records.get(2))).doesNotContain("@");
            records.forEach(record -> assertThat(EventSchemas.violations(EventCatalogue.byType(
                    KafkaTopicProbe.header(record, "ce_type")).orElseThrow(), record.value())).isEmpty());
            // A registration of a known address, a new name, a second erasure: nothing to tell.
            people.find(registered.id()).ifPresent(erased -> people.save(erased.erase(Instant.now())));
            assertThatThrownBy(() -> identities.awaitRecords(record -> id.equals(record.key()), 4, Duration.ofSeconds(3)))
                    .isInstanceOf(AssertionError.class);
        }
    }

    @Test
    void an_expert_is_identified_by_the_subject_of_their_identity() {
        try (KafkaTopicProbe identities = new KafkaTopicProbe(Topics.GROUP_PEOPLE)) {
            String subject = "expert-" + UUID.randomUUID();
            Person expert = people.registeredExpert(subject, "Claire Martin");

            JsonNode identified = body(identities.awaitRecords(record -> expert.id().value().equals(record.key()), 1).get(0));
            assertThat(identified.at("/identity/subject").asString()).isEqualTo(subject);
            assertThat(identified.at("/identity").has("email")).isFalse();
        }
    }

    private static JsonNode body(ConsumerRecord<String, byte[]> record) {
        return JSON.readTree(record.value());
    }
}
