/** Who is visiting: the relayed bearer token verified like a service's, the claims read as a Person, CSRF for web's own forms. */
package fr.education.traam.web.security;
