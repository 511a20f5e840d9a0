package fr.education.traam.productions.notification.messaging;

import fr.education.traam.contract.productions.ProductionApproved;
import fr.education.traam.contract.productions.ProductionChangesRequested;
import fr.education.traam.contract.productions.ProductionPublished;
import fr.education.traam.contract.productions.ProductionSubmitted;
import fr.education.traam.contract.productions.ProductionWithdrawn;
import fr.education.traam.kit.inbox.InboundEvents;
import fr.education.traam.productions.notification.application.MailingReviews;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

@Configuration(proxyBeanMethods = false)
class ReviewMailConsumers {

    /**
     * traam.productions, in group productions-review-mails: the service's own review events mail the reviewers and
     * authors; storing the mails is all the handling waits for (ADR 30).
     */
    @Bean
    Consumer<Message<byte[]>> reviewMails(MailingReviews mailing) {
        return message -> InboundEvents.read(message).ifPresent(event -> {
            if (event.data() instanceof ProductionSubmitted submitted) {
                mailing.submitted(event, submitted.productionId(), submitted.version(), submitted.stage());
            } else if (event.data() instanceof ProductionApproved approved) {
                mailing.approved(event, approved.productionId(), approved.version(), approved.stage());
            } else if (event.data() instanceof ProductionChangesRequested requested) {
                mailing.changesRequested(event, requested.productionId(), requested.version());
            } else if (event.data() instanceof ProductionPublished published) {
                mailing.published(event, published.productionId(), published.version(), published.url());
            } else if (event.data() instanceof ProductionWithdrawn withdrawn) {
                mailing.withdrawn(event, withdrawn.productionId(), withdrawn.reason());
            }
        });
    }
}
