/** The activities on academic sites: registering them, turning events into deliveries, sending and replaying those. */
package fr.education.traam.dissemination.site.application;
