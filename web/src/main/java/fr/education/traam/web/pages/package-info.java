/** The information pages (accessibility, legal notice, personal data) and the login and logout entry points. */
package fr.education.traam.web.pages;
