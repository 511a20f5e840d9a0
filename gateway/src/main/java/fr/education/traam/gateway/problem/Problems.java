package fr.education.traam.gateway.problem;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** The problems the gateway answers with; each has a stable {@code type} URI clients may rely on. */
public final class Problems {

    private static final String TYPE_BASE = "https://traam.education.fr/problems/";

    public static final URI SERVICE_UNAVAILABLE = URI.create(TYPE_BASE + "service-unavailable");
    public static final URI INVALID_TOKEN = URI.create(TYPE_BASE + "invalid-token");
    public static final URI ACCESS_DENIED = URI.create(TYPE_BASE + "access-denied");
    public static final URI TOO_MANY_REQUESTS = URI.create(TYPE_BASE + "too-many-requests");
    public static final URI NOT_FOUND = URI.create(TYPE_BASE + "not-found");
    public static final URI INTERNAL_ERROR = URI.create(TYPE_BASE + "internal-error");

    private Problems() {
    }

    public static ProblemDetail serviceUnavailable(String service, String instance) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, SERVICE_UNAVAILABLE, "Service unavailable",
                "The " + service + " service is unavailable or did not answer in time; try again later.", instance);
    }

    public static ProblemDetail invalidToken(String instance) {
        return problem(HttpStatus.UNAUTHORIZED, INVALID_TOKEN, "Invalid bearer token",
                "The bearer token is malformed, expired, not yet valid, wrongly signed or from another issuer.",
                instance);
    }

    public static ProblemDetail accessDenied(String instance) {
        return problem(HttpStatus.FORBIDDEN, ACCESS_DENIED, "Access denied",
                "The bearer token does not grant access to this resource.", instance);
    }

    public static ProblemDetail tooManyRequests(long retryAfterSeconds, String instance) {
        return problem(HttpStatus.TOO_MANY_REQUESTS, TOO_MANY_REQUESTS, "Too many requests",
                "The request rate limit for this client is exceeded; retry after " + retryAfterSeconds + " s.",
                instance);
    }

    /** Errors raised by the gateway itself (no route, method not allowed, internal failure). */
    public static ProblemDetail forStatus(HttpStatusCode status, String instance) {
        HttpStatus known = HttpStatus.resolve(status.value());
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status.value();
        if (status.value() == HttpStatus.NOT_FOUND.value()) {
            return problem(status, NOT_FOUND, title, "No route or resource matches this path.", instance);
        }
        if (status.is5xxServerError()) {
            return problem(status, INTERNAL_ERROR, title, "The gateway could not handle this request.", instance);
        }
        // RFC 9457 §4.2.1: about:blank means "nothing more than the HTTP status", which is all we know here.
        return problem(status, URI.create("about:blank"), title, "The gateway rejected this request.", instance);
    }

    private static ProblemDetail problem(HttpStatusCode status, URI type, String title, String detail,
            String instance) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        problem.setInstance(URI.create(instance));
        return problem;
    }
}
