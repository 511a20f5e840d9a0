/** Following the campaigns: each campaign event applied once to the view, an opening call handed on as news. */
package fr.education.traam.dissemination.campaign.application;
