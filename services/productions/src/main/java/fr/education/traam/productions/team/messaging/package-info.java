/** The consumers of traam.groups and traam.groups.people. */
package fr.education.traam.productions.team.messaging;
