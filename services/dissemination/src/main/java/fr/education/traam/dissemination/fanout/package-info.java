/** The fan-out: every event this service follows is handed to every feature it concerns: the newsletter, the académies' feeds, the social drafts, the sites. */
package fr.education.traam.dissemination.fanout;
