/** Events the candidatures service publishes on {@code traam.candidatures}: académies' candidatures to a campaign's themes. */
package fr.education.traam.contract.candidatures;
