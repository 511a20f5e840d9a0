package fr.education.traam.testkit;

import static fr.education.traam.testkit.KafkaTopicProbe.header;
import static fr.education.traam.testkit.KafkaTopicProbe.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

@SpringBootTest
@TraamInfrastructure
class TraamInfrastructureTest {

    record Campaign(@Id String id, String title) {
    }

    @Autowired
    MongoTemplate mongoTemplate;

    @Autowired
    KafkaTemplate<String, String> kafkaTemplate;

    @Autowired
    Environment environment;

    @Autowired
    ApplicationContext context;

    @Test
    void a_document_saved_through_spring_data_is_found_again_in_the_test_database() {
        mongoTemplate.save(new Campaign("2026", "TraAM 2026-2027"));

        assertThat(mongoTemplate.findById("2026", Campaign.class)).isEqualTo(new Campaign("2026", "TraAM 2026-2027"));
        assertThat(mongoTemplate.getDb().getName()).isEqualTo("traam-test");
    }

    @Test
    void a_record_sent_through_spring_kafka_is_seen_by_the_probe_with_its_headers() throws Exception {
        String topic = "traam.test-kit." + UUID.randomUUID();
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, "campaign-2026", "{\"year\":2026}");
        record.headers().add("ce_type", "fr.education.traam.campaigns.campaign-opened.v1".getBytes(StandardCharsets.UTF_8));

        kafkaTemplate.send(record).get();

        try (KafkaTopicProbe probe = new KafkaTopicProbe(topic)) {
            List<ConsumerRecord<String, byte[]>> seen =
                    probe.awaitRecords(r -> "campaign-2026".equals(r.key()), 1, Duration.ofSeconds(30));
            assertThat(header(seen.get(0), "ce_type")).isEqualTo("fr.education.traam.campaigns.campaign-opened.v1");
            assertThat(value(seen.get(0))).isEqualTo("{\"year\":2026}");
        }
    }

    @Test
    void the_application_is_pointed_at_the_shared_infrastructure_and_the_test_key() {
        assertThat(environment.getProperty("spring.kafka.bootstrap-servers"))
                .isEqualTo(TestInfrastructure.bootstrapServers());
        assertThat(environment.getProperty("spring.cloud.stream.kafka.binder.brokers"))
                .isEqualTo(TestInfrastructure.bootstrapServers());
        assertThat(environment.getProperty("spring.mongodb.uri"))
                .isEqualTo(TestInfrastructure.mongoConnectionString() + "/traam-test");
        assertThat(environment.getProperty("traam.security.jwt.issuer")).isEqualTo("http://localhost:9000");
        assertThat(Path.of(URI.create(environment.getProperty("traam.security.jwt.public-key-location"))))
                .content().startsWith("-----BEGIN PUBLIC KEY-----");
    }

    @Test
    void the_broker_and_the_context_are_those_of_every_other_class_with_the_same_configuration() {
        SharedByTestClasses.assertSameAsEveryOtherClass(context, environment);
    }

    @Nested
    class InANestedClass {

        @Autowired
        Environment nestedEnvironment;

        @Test
        void the_annotation_of_the_enclosing_class_applies() {
            assertThat(nestedEnvironment.getProperty("spring.kafka.bootstrap-servers"))
                    .isEqualTo(TestInfrastructure.bootstrapServers());
        }
    }
}
