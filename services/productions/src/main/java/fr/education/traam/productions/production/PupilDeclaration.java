package fr.education.traam.productions.production;

import java.time.Instant;

/**
 * An author's declaration that nothing in the production names a pupil, for the version it was made on: a later
 * version needs it again, since a revision may add a name.
 */
public record PupilDeclaration(String declaredBy, int version, Instant at) {
}
