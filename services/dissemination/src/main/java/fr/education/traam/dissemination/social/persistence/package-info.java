/** The review queue in MongoDB: one document per draft post, its id derived from its event, changes guarded by version. */
package fr.education.traam.dissemination.social.persistence;
