package fr.education.traam.gateway.limits;

import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ResponseStatusException;

/** A request body over its route's limit, declared by its Content-Length or counted while it streamed. */
public class ContentTooLargeException extends ResponseStatusException {

    private final DataSize limit;

    public ContentTooLargeException(DataSize limit) {
        super(HttpStatus.CONTENT_TOO_LARGE, "request body over " + limit.toBytes() + " bytes");
        this.limit = limit;
    }

    public DataSize limit() {
        return limit;
    }

    /** This refusal, if {@code error} is it or was caused by it (the proxy and the circuit breaker may wrap it). */
    public static ContentTooLargeException in(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ContentTooLargeException tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }
}
