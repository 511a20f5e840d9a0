package fr.education.traam.kit.inbox;

/**
 * A record that can never be applied, however often it is retried: missing CloudEvents headers, or data
 * its schema refuses. The binder sends it straight to the dead-letter topic with this message as reason.
 */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }
}
