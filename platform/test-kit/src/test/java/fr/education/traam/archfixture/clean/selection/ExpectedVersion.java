package fr.education.traam.archfixture.clean.selection;

/** Stands for the kit's expected version, which the test kit does not see. */
public record ExpectedVersion(long version) {
}
