/** The activities on draft posts: drafting one per published selection or production, once, and an editor's review. */
package fr.education.traam.dissemination.social.application;
