package fr.education.traam.productions.production;

/**
 * A publication check a production does not meet yet: which ({@code check}, a stable code), where ({@code field}, the
 * JSON path of what to change) and what to do, in a sentence.
 */
public record UnmetCheck(String check, String field, String message) {
}
