package fr.education.traam.candidatures.selection.messaging;

import fr.education.traam.candidatures.selection.application.MailingOutcomes;
import fr.education.traam.contract.candidatures.AcademyNotRetained;
import fr.education.traam.contract.candidatures.AcademySelected;
import fr.education.traam.kit.inbox.InboundEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

@Configuration(proxyBeanMethods = false)
class OutcomeMailConsumers {

    /** traam.candidatures: the service's own outcome events, published with the selection, mail each DAN (ADR 30). */
    @Bean
    Consumer<Message<byte[]>> outcomeMails(MailingOutcomes mailing) {
        return message -> InboundEvents.read(message).ifPresent(event -> {
            if (event.data() instanceof AcademySelected selected) {
                mailing.outcome(event, selected.campaignId(), selected.themeId(), selected.academy(), selected.candidatureId(), true);
            } else if (event.data() instanceof AcademyNotRetained notRetained) {
                mailing.outcome(event, notRetained.campaignId(), notRetained.themeId(), notRetained.academy(),
                        notRetained.candidatureId(), false);
            }
        });
    }
}
