package fr.education.traam.contract.candidatures;

/**
 * For a continuation, whether the académie's first year on the theme was checked: {@code VERIFIED} against a
 * national selection this platform published, or {@code NOT_KNOWN_HERE} when that selection predates the
 * platform, and the experts vouched for it.
 */
public enum YearOneCheck {
    VERIFIED,
    NOT_KNOWN_HERE
}
