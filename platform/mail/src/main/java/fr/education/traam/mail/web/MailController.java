package fr.education.traam.mail.web;

import fr.education.traam.mail.Mail;
import fr.education.traam.mail.MailStatus;
import fr.education.traam.mail.Mails;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/** Every service's mails, under its own path: what was sent, what waits for a retry, and why a DEAD one failed. */
@RestController
@RequestMapping("/api/${spring.application.name}/mails")
@PreAuthorize("hasRole('OPERATOR')")
@Tag(name = "Mails", description = "The mails this service sent, is retrying or gave up on (OPERATOR)")
public class MailController {

    private static final int MAX_LIMIT = 500;

    private final Mails mails;

    public MailController(Mails mails) {
        this.mails = mails;
    }

    @GetMapping
    @Operation(summary = "The mails of this service, the newest first (OPERATOR)",
            description = "Recipient, subject, kind, status, attempts and the last error; never the bodies. 400 when status "
                    + "is not PENDING, SENT or DEAD.", security = @SecurityRequirement(name = "bearer"))
    List<MailView> list(
            @Parameter(description = "Only the mails of this status") @RequestParam(required = false) MailStatus status,
            @Parameter(description = "At most this many (1 to 500, 100 by default)") @RequestParam(defaultValue = "100") int limit) {
        return mails.list(status, Math.max(1, Math.min(limit, MAX_LIMIT))).stream().map(MailView::of).toList();
    }

    @PostMapping("/{id}/replay")
    @Operation(summary = "Send a DEAD mail again, with a new round of attempts (OPERATOR)",
            description = "Once its cause is mended (an address corrected, a relay back). The mail is PENDING at once and "
                    + "the relay sends it soon. 404 mail-not-found, 409 mail-not-dead for a mail PENDING or SENT.",
            security = @SecurityRequirement(name = "bearer"))
    MailView replay(@PathVariable String id) {
        return MailView.of(mails.replay(id));
    }

    /** A mail without its bodies. */
    public record MailView(String id, String eventId, String kind, String recipient, String subject, MailStatus status,
                           int attempts, Instant createdAt, Instant nextAttemptAt, Instant sentAt, String lastError) {

        static MailView of(Mail mail) {
            return new MailView(mail.id(), mail.eventId(), mail.kind(), mail.recipient(), mail.subject(), mail.status(),
                    mail.attempts(), mail.createdAt(), mail.nextAttemptAt(), mail.sentAt(), mail.lastError());
        }
    }
}
