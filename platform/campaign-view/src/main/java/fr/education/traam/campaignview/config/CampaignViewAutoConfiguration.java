package fr.education.traam.campaignview.config;

import fr.education.traam.campaignview.Campaigns;
import fr.education.traam.campaignview.application.FollowingCampaigns;
import fr.education.traam.campaignview.messaging.CampaignViewConsumer;
import fr.education.traam.campaignview.persistence.MongoCampaigns;
import fr.education.traam.campaignview.web.CampaignViewProblems;
import fr.education.traam.kit.config.TraamServiceAutoConfiguration;
import fr.education.traam.kit.outbox.AggregateWrites;
import fr.education.traam.kit.web.ProblemCatalogue;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Gives a service the campaign view: the store, the use case that applies {@code traam.campaigns} to it, its problem
 * catalogue, and the
 * {@value CampaignViewConsumer#FUNCTION} function, bound only when the service names it among its functions.
 */
@AutoConfiguration(after = TraamServiceAutoConfiguration.class)
public class CampaignViewAutoConfiguration {

    @Bean
    Campaigns campaigns(MongoTemplate mongo, AggregateWrites writes) {
        return new MongoCampaigns(mongo, writes);
    }

    @Bean
    FollowingCampaigns followingCampaigns(Campaigns campaigns) {
        return new FollowingCampaigns(campaigns);
    }

    @Bean
    ProblemCatalogue campaignViewProblems() {
        return CampaignViewProblems.catalogue();
    }

    @Bean(CampaignViewConsumer.FUNCTION)
    CampaignViewConsumer campaignView(FollowingCampaigns following) {
        return new CampaignViewConsumer(following);
    }
}
