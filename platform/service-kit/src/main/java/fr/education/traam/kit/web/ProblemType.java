package fr.education.traam.kit.web;

import org.springframework.http.HttpStatus;

import java.net.URI;
import java.util.Objects;

/**
 * One entry of a problem catalogue: the stable {@code type} URI a client switches on (its last segment is the
 * {@code slug}), the title a person reads, and the HTTP status.
 */
public record ProblemType(String slug, String title, HttpStatus status) {

    public ProblemType {
        Objects.requireNonNull(slug);
        Objects.requireNonNull(title);
        Objects.requireNonNull(status);
        if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("a problem slug is lower-case words joined by hyphens: " + slug);
        }
    }

    public URI type() {
        return URI.create(Problems.TYPE_BASE + slug);
    }

    public static ProblemType badRequest(String slug, String title) {
        return new ProblemType(slug, title, HttpStatus.BAD_REQUEST);
    }

    public static ProblemType forbidden(String slug, String title) {
        return new ProblemType(slug, title, HttpStatus.FORBIDDEN);
    }

    public static ProblemType notFound(String slug, String title) {
        return new ProblemType(slug, title, HttpStatus.NOT_FOUND);
    }

    public static ProblemType conflict(String slug, String title) {
        return new ProblemType(slug, title, HttpStatus.CONFLICT);
    }

    public static ProblemType gone(String slug, String title) {
        return new ProblemType(slug, title, HttpStatus.GONE);
    }

    public static ProblemType unsupportedMediaType(String slug, String title) {
        return new ProblemType(slug, title, HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    }

    public static ProblemType unprocessable(String slug, String title) {
        return new ProblemType(slug, title, HttpStatus.UNPROCESSABLE_CONTENT);
    }
}
