package fr.education.traam.campaignview.messaging;

import fr.education.traam.campaignview.application.FollowingCampaigns;
import fr.education.traam.kit.inbox.InboundEvents;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/**
 * The function behind binding {@code campaignView-in-0} ({@code traam.campaigns}, the service's own group, by the
 * library's defaults). It only reads the CloudEvent; unknown types are skipped, malformed records and events of
 * campaigns not yet known go to the dead-letter topic after the kit's retries.
 */
public class CampaignViewConsumer implements Consumer<Message<byte[]>> {

    /** The function's name: a service follows the campaigns by naming it in {@code spring.cloud.function.definition}. */
    public static final String FUNCTION = "campaignView";

    private final FollowingCampaigns following;

    public CampaignViewConsumer(FollowingCampaigns following) {
        this.following = following;
    }

    @Override
    public void accept(Message<byte[]> message) {
        InboundEvents.read(message).ifPresent(following::follow);
    }
}
