package fr.education.traam.kit.config;

import fr.education.traam.kit.deadletter.DeadLetterConfiguration;
import fr.education.traam.kit.deadletter.web.DeadLetterController;
import fr.education.traam.kit.health.MongoPingHealthIndicator;
import fr.education.traam.kit.outbox.AggregateWrites;
import fr.education.traam.kit.outbox.EventPublisher;
import fr.education.traam.kit.outbox.KafkaEventPublisher;
import fr.education.traam.kit.outbox.OutboxCollections;
import fr.education.traam.kit.outbox.OutboxProperties;
import fr.education.traam.kit.outbox.OutboxRelay;
import fr.education.traam.kit.security.TraamSecurityConfiguration;
import fr.education.traam.kit.security.TraamSecurityProperties;
import fr.education.traam.kit.web.PlatformProblem;
import fr.education.traam.kit.web.ProblemCatalogue;
import fr.education.traam.kit.web.BlankParameters;
import fr.education.traam.kit.web.ProblemDetailsAdvice;
import fr.education.traam.kit.web.ProblemErrorReportValve;
import fr.education.traam.kit.web.ProblemDocumentation;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * Gives a service the outbox and its relay, its dead letters and their replay, problem details, the resource server and
 * health checks.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration"})
@EnableConfigurationProperties({OutboxProperties.class, TraamSecurityProperties.class})
@Import({TraamSecurityConfiguration.class, ProblemDetailsAdvice.class, BlankParameters.class, DeadLetterConfiguration.class, DeadLetterController.class})
public class TraamServiceAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * The relay's own producer: idempotent with acks from all in-sync replicas, so that a retried send
     * neither loses nor reorders an aggregate's events.
     */
    @Bean
    KafkaTemplate<String, byte[]> outboxKafkaTemplate(KafkaProperties kafka) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
    }

    @Bean
    @ConditionalOnMissingBean
    EventPublisher eventPublisher(KafkaTemplate<String, byte[]> outboxKafkaTemplate, OutboxProperties properties) {
        return new KafkaEventPublisher(outboxKafkaTemplate, properties.sendTimeout());
    }

    @Bean
    OutboxCollections outboxCollections(MongoTemplate mongo) {
        return new OutboxCollections(mongo);
    }

    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, EventPublisher publisher, OutboxCollections collections, OutboxProperties properties) {
        return new OutboxRelay(mongo, publisher, collections, properties);
    }

    @Bean
    AggregateWrites aggregateWrites(MongoTemplate mongo, OutboxRelay relay, OutboxCollections collections,
                                    OutboxProperties properties, Clock clock) {
        return new AggregateWrites(mongo, relay, collections, properties, clock);
    }

    /** The problem types of the refusals every domain shares; each service adds its own catalogues. */
    @Bean
    ProblemCatalogue commonRefusals() {
        return PlatformProblem.commonRefusals();
    }

    @Bean
    ProblemDocumentation problemDocumentation(ObjectProvider<ProblemCatalogue> catalogues) {
        return new ProblemDocumentation(catalogues);
    }

    /** Tomcat's own refusals as problem details. */
    @Bean
    ProblemErrorReportValve.Installer problemErrorReports() {
        return new ProblemErrorReportValve.Installer();
    }

    @Bean(name = "mongoHealthIndicator")
    MongoPingHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }
}
