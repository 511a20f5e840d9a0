/** Productions in MongoDB: one document per production, its versions, comments and outbox inside it. */
package fr.education.traam.productions.production.persistence;
