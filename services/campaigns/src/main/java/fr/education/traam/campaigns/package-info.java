/** The campaigns service: yearly TraAM campaigns, their themes and the calendar that moves them through their phases. */
package fr.education.traam.campaigns;
