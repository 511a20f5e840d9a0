package fr.education.traam.mail.config;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * The mail library's settings, at the lowest precedence: an SMTP server that is down delays mails, which are stored and
 * retried (ADR 30), so it does not make the service unhealthy (Boot's mail health indicator is off); and the SMTP
 * client gives up on a silent server in seconds rather than never, so that one round of the relay cannot hang.
 */
public class MailDefaults implements EnvironmentPostProcessor {

    private static final Map<String, Object> DEFAULTS = Map.of(
            "management.health.mail.enabled", "false",
            "spring.mail.properties.mail.smtp.connectiontimeout", "5000",
            "spring.mail.properties.mail.smtp.timeout", "10000",
            "spring.mail.properties.mail.smtp.writetimeout", "10000");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("traamMailDefaults", DEFAULTS));
    }
}
