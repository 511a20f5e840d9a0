/** The candidatures service: académies' candidatures to the themes of a campaign, checked against its own view of the campaigns. */
package fr.education.traam.candidatures;
