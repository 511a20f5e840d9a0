/**
 * The académies' websites: each {@link fr.education.traam.dissemination.site.AcademicSite} subscribes to event
 * types, and every matching event becomes one {@link fr.education.traam.dissemination.site.Delivery}, a Standard
 * Webhooks POST signed with the site's secret and retried on a schedule. Plain Java.
 */
package fr.education.traam.dissemination.site;
