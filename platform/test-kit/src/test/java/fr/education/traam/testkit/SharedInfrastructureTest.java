package fr.education.traam.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.KafkaTemplate;

/** Runs with the same configuration as {@link TraamInfrastructureTest}: same broker, same cached context. */
@SpringBootTest
@TraamInfrastructure
class SharedInfrastructureTest {

    @Autowired
    KafkaTemplate<String, String> kafkaTemplate;

    @Autowired
    Environment environment;

    @Autowired
    ApplicationContext context;

    @Test
    void a_second_test_class_reuses_the_broker_and_the_application_context() {
        assertThat(kafkaTemplate.getProducerFactory().getConfigurationProperties().get("bootstrap.servers"))
                .asString().contains(TestInfrastructure.bootstrapServers());
        SharedByTestClasses.assertSameAsEveryOtherClass(context, environment);
    }
}
