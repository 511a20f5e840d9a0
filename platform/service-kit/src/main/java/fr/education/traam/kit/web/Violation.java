package fr.education.traam.kit.web;

/** One invalid field of a request: where it is (a JSON path such as {@code themes[1].capacity}) and what is wrong. */
public record Violation(String field, String message) {
}
