package fr.education.traam.candidatures.candidature;

import fr.education.traam.contract.candidatures.ProjectDetails;
import fr.education.traam.contract.candidatures.SchoolLevel;
import fr.education.traam.kit.domain.Refused;
import fr.education.traam.reference.CrcnCompetence;
import fr.education.traam.reference.Discipline;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What an académie proposes to do with a theme: a title, a summary, the disciplines involved, the school
 * levels where the work happens, and the CRCN competences it targets (by code). Its disciplines are the platform's,
 * kept and published by their canonical labels, each once ("svt" is "Sciences de la vie et de la Terre").
 */
public record Project(String title, String summary, List<String> disciplines, Set<SchoolLevel> schoolLevels,
                      List<String> crcnCompetences) {

    public Project {
        if (title == null || title.isBlank()) {
            throw Refused.invalid("project.title", "a project needs a title");
        }
        if (summary == null || summary.isBlank()) {
            throw Refused.invalid("project.summary", "a project needs a summary");
        }
        disciplines = disciplines == null ? List.of() : disciplines.stream().map(String::strip).distinct().toList();
        if (disciplines.isEmpty() || disciplines.stream().anyMatch(String::isEmpty)) {
            throw Refused.invalid("project.disciplines", "a project involves at least one discipline, each named");
        }
        disciplines = canonical(disciplines);
        if (schoolLevels == null || schoolLevels.isEmpty()) {
            throw Refused.invalid("project.schoolLevels", "a project runs in the premier degré, the second degré or both");
        }
        schoolLevels = Set.copyOf(EnumSet.copyOf(schoolLevels));
        crcnCompetences = crcnCompetences == null ? List.of() : crcnCompetences.stream().distinct().sorted().toList();
        if (crcnCompetences.isEmpty()) {
            throw Refused.invalid("project.crcnCompetences", "a project targets at least one CRCN competence");
        }
        for (String code : crcnCompetences) {
            if (CrcnCompetence.byCode(code).isEmpty()) {
                throw Refused.invalid("project.crcnCompetences", "no CRCN competence has the code " + code
                        + " (codes run from 1.1 to 5.2)");
            }
        }
        title = title.strip();
        summary = summary.strip();
    }

    /** Where the list of disciplines is, for a client refused one (the campaigns service serves it). */
    public static final String DISCIPLINE_LIST = "/api/campaigns/disciplines";

    /** The sentence of a refusal of {@code unknown}, the same over HTTP and in a dedicated file's report. */
    public static String unknownDisciplines(List<String> unknown) {
        return "not disciplines the platform knows: " + String.join(", ", unknown) + " (the list: " + DISCIPLINE_LIST + ")";
    }

    private static List<String> canonical(List<String> names) {
        Discipline.Recognition recognition = Discipline.recognise(names);
        if (!recognition.complete()) {
            throw new Refused(CandidatureRefusal.UNKNOWN_DISCIPLINE, "project.disciplines", unknownDisciplines(recognition.unknown()))
                    .with("unknownDisciplines", recognition.unknown())
                    .with("disciplineList", DISCIPLINE_LIST);
        }
        return recognition.labels();
    }

    public ProjectDetails toContract() {
        return new ProjectDetails(title, summary, disciplines, EnumSet.copyOf(schoolLevels).stream().toList(), crcnCompetences);
    }
}
