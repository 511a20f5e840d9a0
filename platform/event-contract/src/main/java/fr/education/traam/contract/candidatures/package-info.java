/**
 * Events the candidatures service publishes on {@code traam.candidatures}: académies' candidatures to a campaign's themes
 * and their national selection; and, on the restricted {@code traam.candidatures.teams}, the selected teams for the
 * groups service.
 */
package fr.education.traam.contract.candidatures;
