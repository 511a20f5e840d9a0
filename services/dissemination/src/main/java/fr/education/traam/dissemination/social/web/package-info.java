/** The review queue's HTTP API under {@code /api/dissemination/social-drafts}, for editors. */
package fr.education.traam.dissemination.social.web;
