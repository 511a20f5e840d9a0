/** The campaign view in MongoDB ({@code campaigns}), each document remembering the events applied to it. */
package fr.education.traam.campaignview.persistence;
