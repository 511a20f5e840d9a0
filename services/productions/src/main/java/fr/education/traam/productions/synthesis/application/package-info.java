/** Sending a published synthesis, and reading whom it reached. */
package fr.education.traam.productions.synthesis.application;
