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
import fr.education.traam.kit.web.ConditionalRequestDocumentation;
import fr.education.traam.kit.web.ExpectedVersionResolver;
import fr.education.traam.kit.web.PlatformProblem;
import fr.education.traam.kit.web.ProblemCatalogue;
import fr.education.traam.kit.web.BlankParameters;
import fr.education.traam.kit.web.ProblemDetailsAdvice;
import fr.education.traam.kit.web.ProblemErrorReportValve;
import fr.education.traam.kit.web.ProblemDocumentation;
import fr.education.traam.kit.web.RequestBodyLimit;
import fr.education.traam.kit.web.RequestLimits;
import fr.education.traam.kit.web.UserTextModule;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives a service the outbox and its relay, its dead letters and their replay, problem details, a bound on request
 * bodies, conditional requests ({@code If-Match}, {@code ETag}), the resource server and health checks.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration"})
@EnableConfigurationProperties({OutboxProperties.class, TraamSecurityProperties.class, RequestLimits.class})
@Import({TraamSecurityConfiguration.class, ProblemDetailsAdvice.class, BlankParameters.class, DeadLetterConfiguration.class,
        DeadLetterController.class})
public class TraamServiceAutoConfiguration {

    /** Every string a request body carries, normalised or refused by one rule (see {@code UserText}). */
    @Bean
    UserTextModule userTextModule() {
        return new UserTextModule();
    }

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

    /**
     * Before the security filters: a body over the limit is refused by its Content-Length without authenticating, and
     * counted from the first byte whoever reads it.
     */
    @Bean
    FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(RequestLimits limits) {
        FilterRegistrationBean<RequestBodyLimit> registration = new FilterRegistrationBean<>(new RequestBodyLimit(limits.maxBodySize()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    ProblemDocumentation problemDocumentation(ObjectProvider<ProblemCatalogue> catalogues) {
        return new ProblemDocumentation(catalogues);
    }

    /** Update handlers take the {@code If-Match} of their request as an {@code ExpectedVersion} parameter. */
    @Bean
    WebMvcConfigurer expectedVersionArgument() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new ExpectedVersionResolver());
            }
        };
    }

    @Bean
    ConditionalRequestDocumentation conditionalRequestDocumentation() {
        return new ConditionalRequestDocumentation();
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
