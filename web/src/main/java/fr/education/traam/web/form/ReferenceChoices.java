package fr.education.traam.web.form;

import fr.education.traam.reference.CrcnCompetence;
import fr.education.traam.reference.Discipline;
import fr.education.traam.reference.SchoolLevel;

import java.util.Arrays;
import java.util.List;

/**
 * The closed lists forms offer, from the platform's reference data (the same library the services check against, so
 * a form never offers what a service refuses): the disciplines by label, the CRCN competences, the school levels.
 */
public final class ReferenceChoices {

    private ReferenceChoices() {
    }

    public static List<Choice> disciplines() {
        return Discipline.labels().stream().map(label -> new Choice(label, label)).toList();
    }

    /** Each competence by its code, labelled with its code first ("2.3 Collaborer"), as the ministry's texts name them. */
    public static List<Choice> crcn() {
        return CrcnCompetence.ALL.stream().map(c -> new Choice(c.code(), c.code() + " " + c.label())).toList();
    }

    public static List<Choice> schoolLevels() {
        return Arrays.stream(SchoolLevel.values()).map(level -> new Choice(level.name(), level.label())).toList();
    }

    /** The label of {@code value} among {@code choices}, the value itself when none has it. */
    public static String label(List<Choice> choices, String value) {
        return choices.stream().filter(c -> c.value().equals(value)).map(Choice::label).findFirst().orElse(value);
    }
}
