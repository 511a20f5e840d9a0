/** Events the campaigns service publishes on {@code traam.campaigns}: calls, themes and calendar phases. */
package fr.education.traam.contract.campaigns;
