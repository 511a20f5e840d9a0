package fr.education.traam.candidatures.selection;

import fr.education.traam.reference.Academy;

import java.util.Set;

/**
 * For a second-year theme, what this service knows of the national selection of the first-year theme it
 * continues: the académies selected there, or nothing when that selection was not made on this platform
 * (e.g. a first year before the platform existed).
 */
public record FirstYearSelection(boolean known, Set<Academy> selected) {

    public FirstYearSelection {
        selected = Set.copyOf(selected);
    }

    public static FirstYearSelection unknown() {
        return new FirstYearSelection(false, Set.of());
    }

    public static FirstYearSelection of(Set<Academy> selected) {
        return new FirstYearSelection(true, selected);
    }
}
