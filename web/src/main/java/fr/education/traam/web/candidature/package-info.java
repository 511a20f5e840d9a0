/**
 * The DAN's screens for their académie's candidatures: the list with each outcome, the form with its team, the detail
 * with withdrawal. The candidatures service decides what a DAN may do; these pages show it and say its refusals.
 */
package fr.education.traam.web.candidature;
