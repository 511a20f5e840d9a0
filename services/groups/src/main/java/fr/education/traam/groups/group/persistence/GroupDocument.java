package fr.education.traam.groups.group.persistence;

import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.campaignview.ThemeId;
import fr.education.traam.contract.candidatures.AcademyDetails;
import fr.education.traam.contract.groups.ClosingReason;
import fr.education.traam.contract.groups.GroupKind;
import fr.education.traam.contract.groups.MemberRole;
import fr.education.traam.groups.group.AppliedSelection;
import fr.education.traam.groups.group.GroupId;
import fr.education.traam.groups.group.GroupState;
import fr.education.traam.groups.group.Membership;
import fr.education.traam.groups.group.Stint;
import fr.education.traam.groups.group.WorkingGroup;
import fr.education.traam.groups.person.PersonId;
import fr.education.traam.reference.people.InspectorCorps;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * A working group as stored. Members are person ids with their roles: the names and addresses are in the people's
 * collection only. {@code campaignId} and {@code themeId} repeat the latest stint's, for the theme's listing.
 */
@Document(MongoWorkingGroups.COLLECTION)
record GroupDocument(
        @Id String id,
        long version,
        String kind,
        String academyCode,
        String academyName,
        String campaignId,
        String themeId,
        String selectionId,
        List<StintDocument> stints,
        List<String> seats,
        List<MemberDocument> members,
        List<String> memberIds,
        String state,
        String closingReason,
        Instant closedAt,
        List<AppliedDocument> applied) {

    record StintDocument(String campaignId, String themeId, String selectionId, Instant from) {
    }

    record MemberDocument(String person, String role, String corps, String academy, Instant since) {
    }

    record AppliedDocument(String selectionId, int revision) {
    }

    static GroupDocument of(WorkingGroup g) {
        Stint current = g.current();
        return new GroupDocument(g.id().value(), g.version(), g.kind().name(),
                g.academy() == null ? null : g.academy().code(), g.academy() == null ? null : g.academy().name(),
                current.campaignId().value(), current.themeId().value(), current.selectionId(),
                g.stints().stream().map(s -> new StintDocument(s.campaignId().value(), s.themeId().value(), s.selectionId(), s.from())).toList(),
                g.seats(),
                g.members().stream().map(m -> new MemberDocument(m.person().value(), m.role().name(),
                        m.corps() == null ? null : m.corps().name(), m.academy(), m.since())).toList(),
                g.members().stream().map(m -> m.person().value()).toList(),
                g.state().name(), g.closingReason() == null ? null : g.closingReason().name(), g.closedAt(),
                g.applied().stream().map(a -> new AppliedDocument(a.selectionId(), a.revision())).toList());
    }

    WorkingGroup toGroup() {
        return new WorkingGroup(new GroupId(id), GroupKind.valueOf(kind),
                academyCode == null ? null : new AcademyDetails(academyCode, academyName),
                stints.stream().map(s -> new Stint(new CampaignId(s.campaignId()), new ThemeId(s.themeId()), s.selectionId(), s.from())).toList(),
                seats == null ? List.of() : seats,
                members.stream().map(m -> new Membership(new PersonId(m.person()), MemberRole.valueOf(m.role()),
                        m.corps() == null ? null : InspectorCorps.valueOf(m.corps()), m.academy(), m.since())).toList(),
                GroupState.valueOf(state), closingReason == null ? null : ClosingReason.valueOf(closingReason), closedAt,
                applied == null ? List.of() : applied.stream().map(a -> new AppliedSelection(a.selectionId(), a.revision())).toList(),
                version);
    }
}
