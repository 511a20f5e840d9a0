/** The public pages of a campaign: the current one, its calendar as a timeline, its themes and what each theme's académies do. */
package fr.education.traam.web.campaign;
