package fr.education.traam.kit.web;

import fr.education.traam.kit.domain.CommonRefusal;
import org.springframework.http.HttpStatus;

import java.util.Arrays;
import java.util.Optional;

/**
 * The problems every service answers the same way, before or beside its own catalogue: the request's form (JSON, media
 * type, size, method), authentication and roles, versions and concurrent changes, and the unexpected.
 */
public enum PlatformProblem {
    INVALID_REQUEST(ProblemType.badRequest("invalid-request", "Invalid request")),
    MALFORMED_JSON(ProblemType.badRequest("malformed-json", "Malformed JSON")),
    UNREADABLE_REQUEST(ProblemType.badRequest("unreadable-request", "Unreadable request")),
    UNAUTHORIZED(new ProblemType("unauthorized", "Authentication required", HttpStatus.UNAUTHORIZED)),
    FORBIDDEN(ProblemType.forbidden("forbidden", "Not allowed")),
    NOT_FOUND(ProblemType.notFound("not-found", "Not found")),
    METHOD_NOT_ALLOWED(new ProblemType("method-not-allowed", "Method not allowed", HttpStatus.METHOD_NOT_ALLOWED)),
    NOT_ACCEPTABLE(new ProblemType("not-acceptable", "Not acceptable", HttpStatus.NOT_ACCEPTABLE)),
    CONCURRENT_MODIFICATION(ProblemType.conflict("concurrent-modification", "Changed meanwhile")),
    ALREADY_EXISTS(ProblemType.conflict("already-exists", "Already exists")),
    PRECONDITION_FAILED(new ProblemType("precondition-failed", "Precondition failed", HttpStatus.PRECONDITION_FAILED)),
    CONTENT_TOO_LARGE(new ProblemType("content-too-large", "Content too large", HttpStatus.CONTENT_TOO_LARGE)),
    UNSUPPORTED_MEDIA_TYPE(ProblemType.unsupportedMediaType("unsupported-media-type", "Unsupported media type")),
    INTERNAL_ERROR(new ProblemType("internal-error", "Internal error", HttpStatus.INTERNAL_SERVER_ERROR));

    private final ProblemType type;

    PlatformProblem(ProblemType type) {
        this.type = type;
    }

    public ProblemType type() {
        return type;
    }

    /** The platform's problem for an HTTP status Spring MVC answers on its own (404, 405, 406, 413, 415…). */
    public static Optional<PlatformProblem> forStatus(int status) {
        return Arrays.stream(values()).filter(p -> p.type.status().value() == status)
                .filter(p -> p != MALFORMED_JSON && p != UNREADABLE_REQUEST && p != ALREADY_EXISTS).findFirst();
    }

    /** The catalogue of the refusals every domain shares. */
    public static ProblemCatalogue commonRefusals() {
        return ProblemCatalogue.of(CommonRefusal.class, refusal -> switch (refusal) {
            case INVALID_VALUE -> INVALID_REQUEST.type;
            case ROLE_NOT_ALLOWED -> FORBIDDEN.type;
            case STALE_VERSION -> PRECONDITION_FAILED.type;
        });
    }
}
