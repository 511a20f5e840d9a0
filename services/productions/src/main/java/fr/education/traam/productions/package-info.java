/** The productions service: what the working groups produce, from its first draft to its public page. */
package fr.education.traam.productions;
