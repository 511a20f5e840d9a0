package fr.education.traam.productions.catalogue.messaging;

import fr.education.traam.contract.productions.ProductionPublished;
import fr.education.traam.contract.productions.ProductionWithdrawn;
import fr.education.traam.kit.inbox.InboundEvents;
import fr.education.traam.productions.catalogue.application.FollowingPublications;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

@Configuration(proxyBeanMethods = false)
class CatalogueConsumers {

    /** traam.productions: the service's own publications and withdrawals make the catalogue (ADR 26). */
    @Bean
    Consumer<Message<byte[]>> productionEvents(FollowingPublications following) {
        return message -> InboundEvents.read(message).ifPresent(event -> {
            if (event.data() instanceof ProductionPublished) {
                following.published(event.as(ProductionPublished.class));
            } else if (event.data() instanceof ProductionWithdrawn) {
                following.withdrawn(event.as(ProductionWithdrawn.class));
            }
        });
    }
}
