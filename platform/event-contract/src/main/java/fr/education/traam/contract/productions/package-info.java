/** Events the productions service publishes on {@code traam.productions}: scenarios, modules, reports and syntheses made public. */
package fr.education.traam.contract.productions;
