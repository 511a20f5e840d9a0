/** The service's web layer as a whole: the problem types of its refusals. */
package fr.education.traam.productions.web;
