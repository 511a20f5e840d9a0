package fr.education.traam.kit.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A business rule refused a request: which {@link Refusal}, why in a sentence, and the field at fault when it is one
 * value of the request. Plain Java, raised by domains and use cases; the web layer finds the refusal's problem type in
 * the service's catalogue.
 */
public class Refused extends RuntimeException {

    private final Refusal refusal;
    private final String field;
    private final Map<String, Object> facts = new LinkedHashMap<>();

    public Refused(Refusal refusal, String message) {
        this(refusal, null, message);
    }

    /** A refusal about one field of the request, named as a JSON path such as {@code calendar.launch}. */
    public Refused(Refusal refusal, String field, String message) {
        super(Objects.requireNonNull(message));
        this.refusal = Objects.requireNonNull(refusal);
        this.field = field;
    }

    /** A value of the request is invalid on its own. */
    public static Refused invalid(String field, String message) {
        return new Refused(CommonRefusal.INVALID_VALUE, field, message);
    }

    /**
     * Adds a fact the client needs beyond the message, such as a validation report; it becomes a member of the problem
     * details. Values are plain data (strings, numbers, lists, records).
     */
    public Refused with(String name, Object value) {
        facts.put(Objects.requireNonNull(name), value);
        return this;
    }

    public Refusal refusal() {
        return refusal;
    }

    /** The field at fault, or null when the refusal is not about one field. */
    public String field() {
        return field;
    }

    public Map<String, Object> facts() {
        return Collections.unmodifiableMap(facts);
    }
}
