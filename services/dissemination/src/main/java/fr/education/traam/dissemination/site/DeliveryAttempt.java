package fr.education.traam.dissemination.site;

import java.time.Duration;
import java.time.Instant;

/**
 * One POST of a delivery to its site: when, the HTTP status answered (absent when none came: refused connection,
 * timeout), what went wrong, and how long the site took.
 */
public record DeliveryAttempt(Instant at, Integer status, String error, Duration took) {

    public static DeliveryAttempt answered(Instant at, int status, Duration took) {
        return new DeliveryAttempt(at, status, null, took);
    }

    public static DeliveryAttempt unanswered(Instant at, String error, Duration took) {
        return new DeliveryAttempt(at, null, error, took);
    }

    public boolean succeeded() {
        return status != null && status >= 200 && status < 300;
    }

    public boolean gone() {
        return status != null && status == 410;
    }
}
