/** The campaigns view in MongoDB, each document remembering the events applied to it. */
package fr.education.traam.dissemination.campaign.persistence;
