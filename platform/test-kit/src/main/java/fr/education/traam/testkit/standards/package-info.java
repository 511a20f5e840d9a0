/**
 * The standards the platform speaks, as tests check them: the schemas and vocabularies kept beside the repository in
 * {@code ../shared/standards} (never copied into it), found from the module under test or skipped, saying so.
 */
package fr.education.traam.testkit.standards;
