package fr.education.traam.testkit;

import fr.education.traam.embedded.identity.TokenMinter;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Adds the shared infrastructure's coordinates ahead of every other property source. A record, so that two test
 * classes asking for the same database get equal customizers and Spring's context cache serves them one context.
 */
record TraamInfrastructureContextCustomizer(String database) implements ContextCustomizer {

    static final String PROPERTY_SOURCE_NAME = "traamTestInfrastructure";

    TraamInfrastructureContextCustomizer {
        if (database == null || database.isBlank()) {
            throw new IllegalArgumentException("@TraamInfrastructure(database) must not be blank");
        }
    }

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
        String bootstrapServers = TestInfrastructure.bootstrapServers();
        // The embedded broker shares the test JVM's logging: its INFO chatter would bury the test output.
        Map<String, Object> properties = Map.of(
                "logging.level.org.apache.kafka", "WARN",
                "logging.level.kafka", "WARN",
                "logging.level.state.change.logger", "WARN",
                "spring.kafka.bootstrap-servers", bootstrapServers,
                "spring.cloud.stream.kafka.binder.brokers", bootstrapServers,
                "spring.mongodb.uri", TestInfrastructure.mongoConnectionString() + "/" + database,
                "traam.security.jwt.public-key-location", TestInfrastructure.tokens().publicKeyLocation(),
                "traam.security.jwt.issuer", TokenMinter.LOCAL_ISSUER);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME, properties));
    }
}
