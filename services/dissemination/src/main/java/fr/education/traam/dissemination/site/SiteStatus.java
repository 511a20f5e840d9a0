package fr.education.traam.dissemination.site;

/** Whether a site receives deliveries; a site whose webhook answered {@code 410 Gone} is disabled. */
public enum SiteStatus {
    ACTIVE,
    DISABLED
}
