/** The distributions in MongoDB, one document per publication event. */
package fr.education.traam.productions.synthesis.persistence;
