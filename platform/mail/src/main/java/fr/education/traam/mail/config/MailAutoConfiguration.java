package fr.education.traam.mail.config;

import fr.education.traam.kit.web.ProblemCatalogue;
import fr.education.traam.kit.web.ProblemType;
import fr.education.traam.mail.MailProperties;
import fr.education.traam.mail.MailRefusal;
import fr.education.traam.mail.MailRelay;
import fr.education.traam.mail.MailTemplates;
import fr.education.traam.mail.Mails;
import fr.education.traam.mail.web.MailController;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mail.javamail.JavaMailSender;

import java.time.Clock;

/**
 * Gives a service its {@link Mails} and the relay that sends them, over Boot's {@code JavaMailSender}
 * ({@code spring.mail.host}, {@code spring.mail.port}), and the operators' view of what was sent.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration",
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        "fr.education.traam.kit.config.TraamServiceAutoConfiguration"})
@EnableConfigurationProperties(MailProperties.class)
@Import(MailController.class)
public class MailAutoConfiguration {

    @Bean
    MailTemplates mailTemplates() {
        return new MailTemplates();
    }

    @Bean
    MailRelay mailRelay(MongoTemplate mongo, JavaMailSender sender, MailProperties properties,
                        ObjectProvider<MeterRegistry> meters, Clock clock) {
        return new MailRelay(mongo, sender, properties, meters.getIfAvailable(SimpleMeterRegistry::new), clock);
    }

    /** The operators' refusals over HTTP, beside the service's own catalogue. */
    @Bean
    ProblemCatalogue mailProblems() {
        return ProblemCatalogue.of(MailRefusal.class, refusal -> switch (refusal) {
            case MAIL_NOT_FOUND -> ProblemType.notFound("mail-not-found", "Mail not found");
            case MAIL_NOT_DEAD -> ProblemType.conflict("mail-not-dead", "Mail not dead");
        });
    }

    @Bean
    Mails mails(MongoTemplate mongo, MailTemplates templates, MailRelay relay, Clock clock) {
        return new Mails(mongo, templates, relay, clock);
    }
}
