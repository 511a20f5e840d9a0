/** Draft posts for the éduscol social media accounts, one per published selection or production, waiting in a review queue; nothing is ever posted. Plain Java. */
package fr.education.traam.dissemination.social;
