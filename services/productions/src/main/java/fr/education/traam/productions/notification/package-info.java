/**
 * The mails a production's review sends (ADR 30): its reviewers when it awaits them, its authors when it moves. They
 * follow the service's own events on {@code traam.productions}; the recipients' addresses are the members' identities
 * from the restricted {@code traam.groups.people} (ADR 24), one mail per event and address.
 */
package fr.education.traam.productions.notification;
