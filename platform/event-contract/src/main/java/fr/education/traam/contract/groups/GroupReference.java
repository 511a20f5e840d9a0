package fr.education.traam.contract.groups;

import fr.education.traam.contract.candidatures.AcademyDetails;

/**
 * Which group an event is about: its id, its kind, the campaign and theme it works on now (a continuing group moves
 * to its second-year theme) and, for an academic group, its académie ({@code null} for a national group).
 */
public record GroupReference(String groupId, GroupKind kind, String campaignId, String themeId, AcademyDetails academy) {
}
