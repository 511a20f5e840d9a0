/** Receiving a dedicated file, validating it in the background and applying it whole, resuming after a crash. */
package fr.education.traam.candidatures.fileimport.application;
