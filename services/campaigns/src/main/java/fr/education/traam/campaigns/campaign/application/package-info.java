/** The activities on campaigns, each a use case that loads a campaign, asks it to change and stores the result. */
package fr.education.traam.campaigns.campaign.application;
