package fr.education.traam.mail;

import java.util.Map;
import java.util.Objects;

/**
 * A mail an event causes: its {@code kind} names the service's pair of templates ({@code templates/mail/<kind>.txt}
 * and {@code .html}), rendered in French with {@code model}; {@code subject} is already French text.
 */
public record MailRequest(String eventId, String kind, String recipient, String subject, Map<String, Object> model) {

    public MailRequest {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(subject, "subject");
        model = Map.copyOf(model);
    }
}
