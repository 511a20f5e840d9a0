package fr.education.traam.mail;

import java.time.Instant;

/**
 * A stored mail as operators see it. Its bodies are dropped once it is sent (they are personal data and a copy of
 * what the recipient has), so {@code text} and {@code html} are null for a sent mail; {@code lastError} is the SMTP
 * server's or the client's last reason, for a mail being retried or dead.
 */
public record Mail(
        String id,
        String eventId,
        String kind,
        String recipient,
        String subject,
        String text,
        String html,
        MailStatus status,
        int attempts,
        Instant createdAt,
        Instant nextAttemptAt,
        Instant sentAt,
        String lastError) {
}
