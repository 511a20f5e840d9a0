package fr.education.traam.campaigns.campaign;

import fr.education.traam.contract.campaigns.ThemeCycle;
import fr.education.traam.contract.campaigns.ThemeDetails;
import fr.education.traam.contract.campaigns.ThemeKind;
import fr.education.traam.kit.domain.Refused;
import fr.education.traam.reference.Discipline;

import java.util.List;

/**
 * A theme of the call: what académies apply to. One DNE expert or a pair leads it; the national selection
 * retains at most {@code capacity} académies (six, usually). A second-year theme names the first-year
 * theme it carries on. Its disciplines are the platform's, by their canonical labels, each once: "svt" is stored and
 * published as "Sciences de la vie et de la Terre"; a name outside the list is refused.
 */
public record Theme(
        ThemeId id,
        String title,
        String description,
        ThemeKind kind,
        List<String> disciplines,
        List<Expert> experts,
        int capacity,
        ThemeCycle cycle,
        ThemeId continues) {

    public static final int USUAL_CAPACITY = 6;

    /** Where the list of disciplines is, for a client refused one. */
    public static final String DISCIPLINE_LIST = "/api/campaigns/disciplines";

    public Theme {
        disciplines = canonical(disciplines);
        experts = List.copyOf(experts);
        if (title == null || title.isBlank()) {
            throw Refused.invalid("title", "a theme needs a title");
        }
        description = description == null ? "" : description;
        if (kind == null) {
            throw Refused.invalid("kind", "a theme is disciplinary, interdisciplinary or transdisciplinary");
        }
        if (disciplines.isEmpty()) {
            throw Refused.invalid("disciplines", "a theme concerns at least one discipline");
        }
        if (kind == ThemeKind.DISCIPLINARY && disciplines.size() != 1) {
            throw Refused.invalid("disciplines", "a disciplinary theme concerns exactly one discipline");
        }
        if (kind == ThemeKind.INTERDISCIPLINARY && disciplines.size() < 2) {
            throw Refused.invalid("disciplines", "an interdisciplinary theme crosses at least two disciplines");
        }
        if (experts.isEmpty() || experts.size() > 2) {
            throw Refused.invalid("experts", "a theme is led by one DNE expert or a pair");
        }
        if (capacity < 1) {
            throw Refused.invalid("capacity", "capacity is the number of académies retained, at least 1");
        }
        cycle = cycle == null ? ThemeCycle.FIRST_YEAR : cycle;
        if (cycle == ThemeCycle.SECOND_YEAR && continues == null) {
            throw Refused.invalid("continuesThemeId", "a second-year theme names the first-year theme it continues");
        }
        if (cycle == ThemeCycle.FIRST_YEAR && continues != null) {
            throw Refused.invalid("continuesThemeId", "only a second-year theme continues another");
        }
    }

    private static List<String> canonical(List<String> names) {
        Discipline.Recognition recognition = Discipline.recognise(names);
        if (!recognition.complete()) {
            throw new Refused(CampaignRefusal.UNKNOWN_DISCIPLINE, "disciplines",
                    "not disciplines the platform knows: " + String.join(", ", recognition.unknown())
                            + " (the list: " + DISCIPLINE_LIST + ")")
                    .with("unknownDisciplines", recognition.unknown())
                    .with("disciplineList", DISCIPLINE_LIST);
        }
        return recognition.labels();
    }

    public ThemeDetails toContract() {
        return new ThemeDetails(id.value(), title, description, kind, disciplines,
                experts.stream().map(Expert::toContract).toList(), capacity, cycle,
                continues == null ? null : continues.value());
    }
}
