/** The productions' JSON API: writing, review, publication checks, attachments, publication and withdrawal. */
package fr.education.traam.productions.production.web;
