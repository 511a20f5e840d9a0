/** The delivery log of a synthesis over HTTP. */
package fr.education.traam.productions.synthesis.web;
