package fr.education.traam.kit.domain;

/** Refusals every domain may raise, whose problem types the kit's catalogue gives. */
public enum CommonRefusal implements Refusal {
    /** A value of the request is invalid on its own (dates out of order, an address that is not professional): names the field. */
    INVALID_VALUE,
    /** The caller's roles do not allow the action, whatever the resource. */
    ROLE_NOT_ALLOWED,
    /** The change was asked of a version of the resource that is no longer the current one ({@code If-Match}). */
    STALE_VERSION
}
