/**
 * What this service knows of campaigns: a read model built only from {@code traam.campaigns} events, each
 * applied once by construction (plain Java).
 */
package fr.education.traam.candidatures.campaign;
