/**
 * The ÉduNum newsletter: edition lines (one per discipline, one per theme), the news items gathered in each
 * line's draft, and the numbered editions an editor publishes. Plain Java; every change returns the events it caused.
 */
package fr.education.traam.dissemination.newsletter;
