/**
 * What a service knows of campaigns: a read model built only from {@code traam.campaigns} events, each applied
 * once by construction (plain Java). Services get it through this library, never by asking the campaigns service.
 */
package fr.education.traam.campaignview;
