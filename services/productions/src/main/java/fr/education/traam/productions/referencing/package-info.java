/**
 * Referencing in Édubase: the published scenarios and training modules offered to harvesters over OAI-PMH 2.0, as
 * Dublin Core and as ScoLOMFR 3.0 LOM records.
 */
package fr.education.traam.productions.referencing;
