package fr.education.traam.productions.catalogue;

import java.util.Arrays;
import java.util.Optional;

/** What the catalogue can be narrowed by, each named as its query parameter. */
public enum Facet {
    SCHOOL_YEAR("schoolYear"),
    THEME("theme"),
    ACADEMY("academy"),
    DISCIPLINE("discipline"),
    LEVEL("level"),
    COMPETENCE("competence"),
    KIND("kind");

    private final String parameter;

    Facet(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    public static Optional<Facet> byParameter(String parameter) {
        return Arrays.stream(values()).filter(facet -> facet.parameter.equals(parameter)).findFirst();
    }
}
