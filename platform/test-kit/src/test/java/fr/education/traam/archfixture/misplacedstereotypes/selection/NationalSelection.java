package fr.education.traam.archfixture.misplacedstereotypes.selection;

/** A domain record, as plain as the rules want it. */
public record NationalSelection(String id, int capacity) {
}
