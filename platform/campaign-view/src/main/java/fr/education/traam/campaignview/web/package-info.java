/** How the campaign view's refusals read over HTTP. */
package fr.education.traam.campaignview.web;
