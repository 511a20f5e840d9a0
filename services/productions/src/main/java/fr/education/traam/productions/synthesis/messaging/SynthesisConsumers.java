package fr.education.traam.productions.synthesis.messaging;

import fr.education.traam.contract.productions.ProductionPublished;
import fr.education.traam.kit.inbox.InboundEvents;
import fr.education.traam.productions.synthesis.application.DistributingSyntheses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

@Configuration(proxyBeanMethods = false)
class SynthesisConsumers {

    /** traam.productions: a published synthesis is sent to the theme's groups and institutions (ADR 30). */
    @Bean
    Consumer<Message<byte[]>> synthesisDistribution(DistributingSyntheses distributing) {
        return message -> InboundEvents.read(message).ifPresent(event -> {
            if (event.data() instanceof ProductionPublished published) {
                distributing.distribute(event, published);
            }
        });
    }
}
