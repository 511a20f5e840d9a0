/** Following the groups and their members' identities. */
package fr.education.traam.productions.team.application;
