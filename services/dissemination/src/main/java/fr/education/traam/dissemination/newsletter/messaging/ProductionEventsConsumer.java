package fr.education.traam.dissemination.newsletter.messaging;

import fr.education.traam.dissemination.newsletter.application.GatheringNews;
import fr.education.traam.kit.inbox.InboundEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/**
 * The consumer of {@code traam.productions} (binding {@code productionEvents-in-0}, group {@code dissemination}, in
 * YAML). Unknown types are skipped; malformed records go to {@code error.traam.productions.dissemination} by the
 * kit's defaults, and the records behind them flow on.
 */
@Configuration(proxyBeanMethods = false)
class ProductionEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> productionEvents(GatheringNews news) {
        return message -> InboundEvents.read(message).ifPresent(news::followProductions);
    }
}
