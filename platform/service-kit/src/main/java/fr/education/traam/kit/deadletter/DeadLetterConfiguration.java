package fr.education.traam.kit.deadletter;

import fr.education.traam.kit.web.ProblemCatalogue;
import fr.education.traam.kit.web.ProblemType;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.cloud.stream.binder.BinderFactory;
import org.springframework.cloud.stream.binding.BindingService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;

import java.time.Clock;

/** The dead letters of every service, wired from what the binder and Boot already know: nothing to list per service. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeadLetterProperties.class)
public class DeadLetterConfiguration {

    /** How the dead letters' refusals read over HTTP. */
    public static ProblemCatalogue problems() {
        return ProblemCatalogue.of(DeadLetterRefusal.class, refusal -> switch (refusal) {
            case DEAD_LETTER_NOT_FOUND -> ProblemType.notFound("dead-letter-not-found", "Dead letter not found");
            case DEAD_LETTERS_UNAVAILABLE -> new ProblemType("dead-letters-unavailable", "Dead letters unavailable",
                    HttpStatus.SERVICE_UNAVAILABLE);
        });
    }

    @Bean
    ProblemCatalogue deadLetterProblems() {
        return problems();
    }

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
