package fr.education.traam.kit.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A business rule refused a request. Plain Java, so that a domain can raise it without knowing about
 * HTTP; {@code code} becomes the last segment of the problem's stable {@code type} URI.
 */
public class DomainProblem extends RuntimeException {

    /** How the refusal reads to a client; the web layer maps each to one HTTP status. */
    public enum Kind {
        /** The thing asked for does not exist (404). */
        NOT_FOUND,
        /** The request is valid but the aggregate's current state forbids it (409). */
        CONFLICT,
        /** The request breaks a business rule whatever the state (422). */
        RULE_VIOLATION,
        /** The caller may not touch this thing, e.g. another académie's (403). */
        FORBIDDEN,
        /** A value of the request is invalid on its own, e.g. dates out of order (400, naming the field). */
        INVALID_INPUT,
        /** The request's content is of a kind the service does not take, e.g. an upload that is no spreadsheet (415). */
        UNSUPPORTED_CONTENT
    }

    private final Kind kind;
    private final String code;
    private final String field;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    public DomainProblem(Kind kind, String code, String message) {
        this(kind, code, null, message);
    }

    /** A problem with one field of the request, named as a JSON path such as {@code calendar.launch}. */
    public DomainProblem(Kind kind, String code, String field, String message) {
        super(message);
        this.kind = Objects.requireNonNull(kind);
        this.code = Objects.requireNonNull(code);
        this.field = field;
    }

    public static DomainProblem invalid(String field, String message) {
        return new DomainProblem(Kind.INVALID_INPUT, "invalid-request", field, message);
    }

    /**
     * Adds a fact the client needs beyond the message, such as a validation report; it becomes a member of the
     * problem details. Values are plain data (strings, numbers, lists, records).
     */
    public DomainProblem with(String name, Object value) {
        properties.put(Objects.requireNonNull(name), value);
        return this;
    }

    public Map<String, Object> properties() {
        return Collections.unmodifiableMap(properties);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    /** The field at fault, or null when the problem is not about one field. */
    public String field() {
        return field;
    }
}
