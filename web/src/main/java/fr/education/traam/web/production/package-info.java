/**
 * The screens of a production under way, for those who follow its work: its authors (the group's teachers and
 * inspector), its reviewers (the académie's piloting inspector, the theme's DNE experts). The productions service
 * says what each may do now ({@code actions}); these pages offer exactly that and say its refusals in French.
 */
package fr.education.traam.web.production;
