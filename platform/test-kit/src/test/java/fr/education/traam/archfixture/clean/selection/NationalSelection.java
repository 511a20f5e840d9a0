package fr.education.traam.archfixture.clean.selection;

/** A domain record, as plain as the rules want it. */
public record NationalSelection(String id, int capacity) {
}
