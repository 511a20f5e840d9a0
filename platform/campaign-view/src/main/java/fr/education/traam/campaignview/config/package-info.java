/** Wiring of the campaign view into a service: its beans and the default binding of its consumer. */
package fr.education.traam.campaignview.config;
