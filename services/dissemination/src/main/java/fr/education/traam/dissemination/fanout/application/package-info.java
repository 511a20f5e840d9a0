/** Hands each inbound event to the campaign view, then to the newsletter, the académies' feeds, the social drafts and the sites' deliveries, each idempotent on its own. */
package fr.education.traam.dissemination.fanout.application;
