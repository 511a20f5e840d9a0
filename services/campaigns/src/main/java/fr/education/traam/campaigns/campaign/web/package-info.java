/** The campaigns HTTP API under {@code /api/campaigns}: public reads, role-checked writes, problem details. */
package fr.education.traam.campaigns.campaign.web;
