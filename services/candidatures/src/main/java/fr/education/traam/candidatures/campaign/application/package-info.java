/** Following the campaigns: applying each campaign event to the local read model, once. */
package fr.education.traam.candidatures.campaign.application;
