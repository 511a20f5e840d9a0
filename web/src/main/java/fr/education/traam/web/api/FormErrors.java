package fr.education.traam.web.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a form shows of a refusal: the error summary at the top of the page (each line linking to its field) and each
 * message beside its field, the field named by its {@code id}. A refusal that names no field has a line in the summary
 * alone ({@code field} null). Shared by every role's forms.
 */
public record FormErrors(List<Line> lines) {

    public record Line(String field, String message) {

        public String href() {
            return field == null ? null : "#" + field;
        }
    }

    public FormErrors {
        lines = List.copyOf(lines);
    }

    public static FormErrors none() {
        return new FormErrors(List.of());
    }

    public static FormErrors of(String field, String message) {
        return new FormErrors(List.of(new Line(field, message)));
    }

    public boolean any() {
        return !lines.isEmpty();
    }

    /** The message beside the field {@code id}, null when it has none. */
    public String on(String id) {
        return byField().get(id);
    }

    public boolean has(String id) {
        return byField().containsKey(id);
    }

    private Map<String, String> byField() {
        Map<String, String> fields = new LinkedHashMap<>();
        lines.stream().filter(line -> line.field() != null).forEach(line -> fields.putIfAbsent(line.field(), line.message()));
        return fields;
    }
}
