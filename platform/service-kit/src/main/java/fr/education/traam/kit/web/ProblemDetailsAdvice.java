package fr.education.traam.kit.web;

import fr.education.traam.kit.domain.CommonRefusal;
import fr.education.traam.kit.domain.Refused;
import jakarta.validation.ConstraintViolationException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one place where a service's exceptions become problem details: controllers have no try/catch, domains and use
 * cases raise {@link Refused}, whose problem type comes from the service's {@link ProblemCatalogue}s, and every
 * answer names the field or rule at fault.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final ObjectProvider<ProblemCatalogue> catalogues;

    public ProblemDetailsAdvice(ObjectProvider<ProblemCatalogue> catalogues) {
        this.catalogues = catalogues;
    }

    @ExceptionHandler(Refused.class)
    ResponseEntity<ProblemDetail> refused(Refused refused) {
        if (refused.refusal() == CommonRefusal.INVALID_VALUE) {
            ProblemDetail invalid = invalid(List.of(new Violation(refused.field() == null ? "" : refused.field(), refused.getMessage())));
            invalid.setDetail(refused.getMessage());
            refused.facts().forEach(invalid::setProperty);
            return answer(invalid);
        }
        ProblemType type = catalogues.orderedStream().flatMap(catalogue -> catalogue.typeOf(refused.refusal()).stream()).findFirst()
                .orElse(null);
        if (type == null) {
            // A refusal no catalogue knows is a bug of ours, not the client's: each service's tests check its catalogue.
            log.error("refusal {}.{} has no problem type in any catalogue", refused.refusal().getClass().getName(),
                    refused.refusal().name(), refused);
            return answer(Problems.of(PlatformProblem.INTERNAL_ERROR, "The request could not be completed; it has been logged."));
        }
        ProblemDetail detail = Problems.of(type, refused.getMessage());
        if (refused.field() != null) {
            detail.setProperty("violations", List.of(new Violation(refused.field(), refused.getMessage())));
        }
        refused.facts().forEach(detail::setProperty);
        return answer(detail);
    }

    /**
     * Someone else's change landed between this request's read and its write. When the request named the version it
     * was asked of (a tag, not {@code *}), that version is no longer current: the precondition failed (412), as if the other change had come
     * a moment earlier; otherwise it is a conflict (409).
     */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> concurrentChange(OptimisticLockingFailureException e, WebRequest request) {
        String ifMatch = request.getHeader(IfMatch.HEADER);
        if (ifMatch != null && !ifMatch.strip().equals("*")) {
            return answer(Problems.of(PlatformProblem.PRECONDITION_FAILED,
                    "This resource changed since the version named in If-Match; read it again and retry with its current ETag."));
        }
        return answer(Problems.of(PlatformProblem.CONCURRENT_MODIFICATION,
                "Someone else changed this resource at the same time; read it again and retry."));
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e) {
        return answer(Problems.of(PlatformProblem.ALREADY_EXISTS, "A resource with the same identity already exists."));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e) {
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Violation(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field)).toList();
        return answer(invalid(violations));
    }

    /**
     * A multipart body that cannot be parsed (cut short, no closing boundary). Too large an upload is a subclass,
     * answered {@code 413} by the base class's more specific handler.
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unreadableMultipart(MultipartException e) {
        return answer(Problems.of(PlatformProblem.UNREADABLE_REQUEST,
                "The multipart request body cannot be read; send the file again as multipart/form-data."));
    }

    /** A body over the limit, met while a controller or a converter read it ({@link RequestBodyLimit}). */
    @ExceptionHandler(ContentTooLargeException.class)
    ResponseEntity<ProblemDetail> contentTooLarge(ContentTooLargeException e) {
        return answer(Problems.of(PlatformProblem.CONTENT_TOO_LARGE, e.detail()));
    }

    /** A query string Tomcat cannot decode (a malformed percent-encoding): the client's fault, named as such. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> undecodableParameters(InvalidParameterException e) {
        return answer(Problems.of(PlatformProblem.UNREADABLE_REQUEST,
                "The query string cannot be decoded: a parameter holds a malformed percent-encoding."));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException e) {
        return answer(Problems.forbidden("Your roles do not allow this action."));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e) {
        return answer(Problems.unauthorized("A valid bearer token is required."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, WebRequest request) {
        log.error("unexpected failure on {}", request.getDescription(false), e);
        return answer(Problems.of(PlatformProblem.INTERNAL_ERROR, "The request could not be completed; it has been logged."));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<Violation> violations = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new Violation(error.getField(), error.getDefaultMessage()))
                .sorted(Comparator.comparing(Violation::field)).toList();
        return new ResponseEntity<>(invalid(violations), problemHeaders(), HttpStatus.BAD_REQUEST);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        List<Violation> violations = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new Violation(result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        return new ResponseEntity<>(invalid(violations), problemHeaders(), HttpStatus.BAD_REQUEST);
    }

    /** A required query parameter is missing: name it, as for a field of a body. */
    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return new ResponseEntity<>(invalid(List.of(new Violation(e.getParameterName(), "is required"))), problemHeaders(),
                HttpStatus.BAD_REQUEST);
    }

    /** A required part of a multipart request is missing: name it. */
    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException e, HttpHeaders headers,
                                                                     HttpStatusCode status, WebRequest request) {
        return new ResponseEntity<>(invalid(List.of(new Violation(e.getRequestPartName(), "is required"))), problemHeaders(),
                HttpStatus.BAD_REQUEST);
    }

    /** A path or query parameter of the wrong type (a word where a number is due): name it. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers, HttpStatusCode status,
                                                        WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : e.getPropertyName();
        return new ResponseEntity<>(invalid(List.of(new Violation(name == null ? "" : name, "has a value of the wrong type or format"))),
                problemHeaders(), HttpStatus.BAD_REQUEST);
    }

    /**
     * Malformed JSON is {@code malformed-json}; well-formed JSON whose values do not fit — the wrong type, a number out of
     * range, an unknown enum value, an array where an object is due — is {@code invalid-request} naming the field, so
     * that a client sees what to correct.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        ContentTooLargeException tooLarge = ContentTooLargeException.in(e);
        if (tooLarge != null) {
            return new ResponseEntity<>(Problems.of(PlatformProblem.CONTENT_TOO_LARGE, tooLarge.detail()), problemHeaders(),
                    HttpStatus.CONTENT_TOO_LARGE);
        }
        ProblemDetail problem;
        JacksonException jackson = outermostJacksonCause(e);
        if (jackson != null && (jackson instanceof DatabindException || jackson instanceof InputCoercionException)) {
            String field = field(jackson);
            String message = jackson instanceof InputCoercionException ? "is a number out of range"
                    : jackson instanceof UserTextDeserializer.UnacceptableText text ? text.reason()
                    : "has a value of the wrong type or format";
            problem = Problems.of(PlatformProblem.INVALID_REQUEST, field.isEmpty()
                    ? "The request body is JSON of the wrong shape: an object is expected."
                    : "Field '" + field + "' " + message + ".");
            problem.setProperty("violations", List.of(new Violation(field, field.isEmpty() ? "the body must be a JSON object" : message)));
        } else if (jackson != null) {
            problem = Problems.of(PlatformProblem.MALFORMED_JSON, "The request body is not well-formed JSON.");
        } else {
            problem = Problems.of(PlatformProblem.UNREADABLE_REQUEST, "The request body is missing or cannot be read.");
        }
        return new ResponseEntity<>(problem, problemHeaders(), HttpStatus.BAD_REQUEST);
    }

    /** Spring MVC's own exceptions (404, 405, 415…) keep their status but get our problem type URIs. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail detail ? detail
                : ProblemDetail.forStatusAndDetail(status, "The request could not be handled.");
        PlatformProblem known = PlatformProblem.forStatus(status.value()).orElse(null);
        if (known != null) {
            problem.setType(known.type().type());
            problem.setTitle(known.type().title());
        } else {
            HttpStatus resolved = HttpStatus.resolve(status.value());
            problem.setType(java.net.URI.create(Problems.TYPE_BASE + (resolved == null ? "http-" + status.value()
                    : resolved.name().toLowerCase().replace('_', '-'))));
        }
        return new ResponseEntity<>(problem, problemHeaders(), status);
    }

    private static ProblemDetail invalid(List<Violation> violations) {
        String fields = violations.stream().map(Violation::field).distinct().collect(Collectors.joining(", "));
        ProblemDetail problem = Problems.of(PlatformProblem.INVALID_REQUEST, "Invalid field(s): " + fields + ".");
        problem.setProperty("violations", violations);
        return problem;
    }

    /** The outermost Jackson failure: it knows the path, its own causes (a date parser…) do not. */
    private static JacksonException outermostJacksonCause(Throwable e) {
        for (Throwable cause = e; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson) {
                return jackson;
            }
        }
        return null;
    }

    /**
     * The field at fault as a JSON path ({@code themes[0].capacity}): from the binding's path, or, for a number the
     * parser refused before binding, from where the parser stood; empty for the body itself.
     */
    private static String field(JacksonException e) {
        if (!e.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            e.getPath().forEach(reference -> {
                if (reference.getPropertyName() != null) {
                    path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
                } else if (reference.getIndex() >= 0) {
                    path.append('[').append(reference.getIndex()).append(']');
                }
            });
            return path.toString();
        }
        if (e instanceof StreamReadException read && read.processor() != null) {
            StringBuilder path = new StringBuilder();
            for (String segment : read.processor().streamReadContext().pathAsPointer().toString().split("/")) {
                if (segment.isEmpty()) {
                    continue;
                }
                if (segment.chars().allMatch(Character::isDigit)) {
                    path.append('[').append(segment).append(']');
                } else {
                    path.append(path.isEmpty() ? "" : ".").append(segment.replace("~1", "/").replace("~0", "~"));
                }
            }
            return path.toString();
        }
        return "";
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return new ResponseEntity<>(problem, problemHeaders(), problem.getStatus());
    }

    private static HttpHeaders problemHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON);
        return headers;
    }
}
