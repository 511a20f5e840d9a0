/** The provider's own pages, in French: the login form, the demo accounts' list, the error page. */
package fr.education.traam.identity.web;
