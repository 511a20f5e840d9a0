/** The campaigns read model in MongoDB, each document remembering the events applied to it. */
package fr.education.traam.candidatures.campaign.persistence;
