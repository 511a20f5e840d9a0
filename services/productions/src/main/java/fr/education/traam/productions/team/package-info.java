/**
 * What the productions service knows of the working groups, from {@code traam.groups}: each group's kind, theme,
 * académie and members by id and role; and from the restricted {@code traam.groups.people} (ADR 24), which identity a
 * member id signs in with. Nothing else: no names.
 */
package fr.education.traam.productions.team;
