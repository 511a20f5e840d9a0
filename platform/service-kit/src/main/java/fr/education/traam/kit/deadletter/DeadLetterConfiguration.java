package fr.education.traam.kit.deadletter;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.cloud.stream.binder.BinderFactory;
import org.springframework.cloud.stream.binding.BindingService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;

/** The dead letters of every service, wired from what the binder and Boot already know: nothing to list per service. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeadLetterProperties.class)
public class DeadLetterConfiguration {

    /** Closed with the context, which also closes its consumer. */
    @Bean
    DeadLetterTopics deadLetterTopics(KafkaProperties kafka, DeadLetterProperties properties) {
        return new DeadLetterTopics(kafka.buildConsumerProperties(), properties.readTimeout());
    }

    @Bean
    ReplayingDeadLetters replayingDeadLetters(BindingService bindings, BinderFactory binders, DeadLetterTopics deadLetterTopics,
                                              MongoTemplate mongo, BeanFactory beans, Clock clock,
                                              DeadLetterProperties properties) {
        return new ReplayingDeadLetters(new ConsumerBindings(bindings, binders), deadLetterTopics,
                new ReplayLog(mongo, properties.collection()), new BindingReplayer(beans, clock), properties);
    }
}
