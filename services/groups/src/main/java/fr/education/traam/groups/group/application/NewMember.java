package fr.education.traam.groups.group.application;

import fr.education.traam.contract.groups.MemberRole;
import fr.education.traam.reference.people.InspectorCorps;

/**
 * Someone those responsible put in a group: a name, a professional address, a role, for an inspector their corps, for a
 * referent in a national group the académie they represent (by ministry code). Nothing more is asked of anyone.
 */
public record NewMember(String name, String email, MemberRole role, InspectorCorps corps, String academy) {
}
