package fr.education.traam.contract.candidatures;

import java.util.List;

/**
 * The project an académie proposes for a theme: what the groups and dissemination services show of it.
 * {@code crcnCompetences} are CRCN codes such as {@code 3.4}.
 */
public record ProjectDetails(
        String title,
        String summary,
        List<String> disciplines,
        List<SchoolLevel> schoolLevels,
        List<String> crcnCompetences) {
}
