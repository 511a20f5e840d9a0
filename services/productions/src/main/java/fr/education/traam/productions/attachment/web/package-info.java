/** Serving an attachment over HTTP with the headers that keep it inert (its problems catalogued here too). */
package fr.education.traam.productions.attachment.web;
