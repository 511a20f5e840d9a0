/**
 * Events the productions service publishes on {@code traam.productions}: a production's writing and review (drafted,
 * revised, submitted, changes requested, approved, by stage) and the scenarios, modules, reports and syntheses made
 * public, then withdrawn. None names a person: the topic is public to académies' systems.
 */
package fr.education.traam.contract.productions;
