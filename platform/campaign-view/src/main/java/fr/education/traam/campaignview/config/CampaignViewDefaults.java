package fr.education.traam.campaignview.config;

import fr.education.traam.campaignview.messaging.CampaignViewConsumer;
import fr.education.traam.contract.Topics;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * The binding of the view's consumer, at the lowest precedence: {@code traam.campaigns}, in the service's own
 * consumer group. A service that follows the campaigns this way adds one line, {@code campaignView} among its
 * {@code spring.cloud.function.definition}, and nothing else.
 */
public class CampaignViewDefaults implements EnvironmentPostProcessor {

    private static final String BINDING = "spring.cloud.stream.bindings." + CampaignViewConsumer.FUNCTION + "-in-0.";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("traamCampaignViewDefaults", Map.of(
                BINDING + "destination", Topics.CAMPAIGNS,
                BINDING + "group", "${spring.application.name}")));
    }
}
