package fr.education.traam.dissemination.campaign.messaging;

import fr.education.traam.dissemination.campaign.application.FollowingCampaigns;
import fr.education.traam.kit.inbox.InboundEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/**
 * The consumer of {@code traam.campaigns} (binding {@code campaignEvents-in-0}, group {@code dissemination}, in
 * YAML). It only reads the CloudEvent; unknown types are skipped, malformed records go to the dead-letter topic
 * by the kit's defaults.
 */
@Configuration(proxyBeanMethods = false)
class CampaignEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> campaignEvents(FollowingCampaigns following) {
        return message -> InboundEvents.read(message).ifPresent(following::follow);
    }
}
