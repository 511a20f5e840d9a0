package fr.education.traam.dissemination.site;

/** Which events of its subscribed types a site receives. */
public enum Scope {
    /** Events that concern the site's académie, and national ones that concern every académie (an opening call). */
    OWN_ACADEMY,
    /** Every event of its types, whichever académie it concerns. */
    ALL
}
