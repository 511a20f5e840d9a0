package fr.education.traam.contract.candidatures;

import java.util.List;

/**
 * The academic group of a selected académie, as the groups service needs it to form the working groups: the
 * piloting inspector ({@code inspectorCorps} is {@code IA_IPR}, {@code IEN_ET}, {@code IEN_EG} or
 * {@code IEN_PREMIER_DEGRE}), the teachers, the referent teacher (who also sits in the national group) and the
 * CARDIE representative. Names and professional e-mail addresses are personal data: only
 * {@link SelectedTeamsTransmitted} carries them, on a restricted topic, and only for selected académies.
 */
public record AcademicTeam(
        GroupMember inspector,
        String inspectorCorps,
        List<GroupMember> teachers,
        GroupMember referent,
        GroupMember cardie) {
}
