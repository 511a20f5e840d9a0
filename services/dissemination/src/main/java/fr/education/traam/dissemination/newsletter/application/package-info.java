/** The activities on the newsletter: gathering news from events into lines' drafts, once, and editing and publishing editions. */
package fr.education.traam.dissemination.newsletter.application;
