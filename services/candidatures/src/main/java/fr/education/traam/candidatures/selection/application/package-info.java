/** The activities of the national selection, each a use case that loads the campaign, the applicants and the selection, asks it to change and stores the result. */
package fr.education.traam.candidatures.selection.application;
