/** The groups' view and the members' identities in MongoDB. */
package fr.education.traam.productions.team.persistence;
