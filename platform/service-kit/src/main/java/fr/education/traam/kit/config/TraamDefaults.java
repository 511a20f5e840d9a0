package fr.education.traam.kit.config;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Settings every service shares, at the lowest precedence so that a service's own YAML or the
 * environment overrides any of them: retries then a dead-letter topic per consumer group, a malformed
 * record dead-lettered without retries, the producer settings the binder uses for dead letters, links
 * built from the gateway's forwarded headers, and health endpoints without secrets.
 */
public class TraamDefaults implements EnvironmentPostProcessor {

    static final String NAME = "traamDefaults";

    private static final Map<String, Object> DEFAULTS = Map.ofEntries(
            Map.entry("spring.kafka.bootstrap-servers", "localhost:9092"),
            Map.entry("spring.cloud.stream.kafka.binder.brokers", "${spring.kafka.bootstrap-servers}"),
            Map.entry("spring.cloud.stream.kafka.binder.required-acks", "all"),
            Map.entry("spring.cloud.stream.kafka.binder.auto-create-topics", "true"),
            Map.entry("spring.cloud.stream.default.consumer.max-attempts", "4"),
            Map.entry("spring.cloud.stream.default.consumer.back-off-initial-interval", "500"),
            Map.entry("spring.cloud.stream.default.consumer.back-off-multiplier", "4.0"),
            Map.entry("spring.cloud.stream.default.consumer.back-off-max-interval", "10000"),
            Map.entry("spring.cloud.stream.default.consumer.retryable-exceptions[fr.education.traam.kit.inbox.MalformedEventException]", "false"),
            Map.entry("spring.cloud.stream.kafka.default.consumer.enable-dlq", "true"),
            Map.entry("spring.cloud.stream.kafka.default.consumer.dlq-producer-properties.configuration.acks", "all"),
            Map.entry("management.health.mongodb.enabled", "false"),
            Map.entry("management.endpoints.web.exposure.include", "health,info"),
            Map.entry("management.endpoint.health.probes.enabled", "true"),
            // A number with a fraction for a whole one, or null for a primitive, is a client's mistake to report, not to round.
            Map.entry("spring.jackson.deserialization.accept-float-as-int", "false"),
            Map.entry("spring.jackson.deserialization.fail-on-null-for-primitives", "true"),
            Map.entry("spring.jackson.deserialization.fail-on-trailing-tokens", "true"),
            Map.entry("server.error.include-stacktrace", "never"),
            // Services sit behind the gateway: links they write (Location…) must name the gateway's host.
            Map.entry("server.forward-headers-strategy", "framework"),
            Map.entry("server.error.include-message", "never"),
            Map.entry("traam.outbox.source", "/traam/${spring.application.name}"),
            Map.entry("springdoc.api-docs.path", "/api/${spring.application.name}/v3/api-docs"),
            Map.entry("springdoc.swagger-ui.path", "/api/${spring.application.name}/swagger-ui.html"));

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource(NAME, DEFAULTS));
    }
}
