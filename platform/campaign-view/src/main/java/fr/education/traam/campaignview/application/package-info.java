/** Following the campaigns: each event of {@code traam.campaigns} applied to the view, once. */
package fr.education.traam.campaignview.application;
