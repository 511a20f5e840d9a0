package fr.education.traam.kit.web;

import org.springframework.util.unit.DataSize;

import java.io.IOException;

/**
 * A request body over {@link RequestLimits#maxBodySize()}, met while reading it: an {@link IOException} because it is
 * the body's stream that refuses, so whatever reads it (Jackson, a controller) fails there, and the advice answers 413.
 */
public class ContentTooLargeException extends IOException {

    private final DataSize limit;

    public ContentTooLargeException(DataSize limit) {
        super("request body over " + limit.toBytes() + " bytes");
        this.limit = limit;
    }

    public DataSize limit() {
        return limit;
    }

    /** The problem a client reads. */
    public String detail() {
        long bytes = limit.toBytes();
        String readable = bytes % (1024 * 1024) == 0 ? limit.toMegabytes() + " MB"
                : bytes % 1024 == 0 ? limit.toKilobytes() + " KB" : bytes + " bytes";
        return "The request body is larger than the " + readable + " this service accepts.";
    }

    /** This refusal, if {@code error} is it or was caused by it (Jackson and the message converters wrap it). */
    static ContentTooLargeException in(Throwable error) {
        for (Throwable cause = error; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof ContentTooLargeException tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }
}
