package fr.education.traam.local;

/** The platform could not start; the message tells the operator what failed and where to look. */
final class StartupFailure extends RuntimeException {

    StartupFailure(String message) {
        super(message);
    }

    StartupFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
