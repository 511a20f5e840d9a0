/**
 * Plain-Java types every domain shares: refusals ({@link fr.education.traam.kit.domain.Refused}, raised with a
 * {@link fr.education.traam.kit.domain.Refusal} each feature names), the version a change is asked of
 * ({@link fr.education.traam.kit.domain.ExpectedVersion}) and ids derived from events.
 */
package fr.education.traam.kit.domain;
