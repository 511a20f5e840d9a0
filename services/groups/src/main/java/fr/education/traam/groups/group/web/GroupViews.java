package fr.education.traam.groups.group.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.education.traam.contract.groups.ClosingReason;
import fr.education.traam.contract.groups.GroupKind;
import fr.education.traam.contract.groups.GroupStatus;
import fr.education.traam.contract.groups.MemberRole;
import fr.education.traam.contract.groups.UnmetRule;
import fr.education.traam.groups.group.Membership;
import fr.education.traam.groups.group.Stint;
import fr.education.traam.groups.group.WorkingGroup;
import fr.education.traam.groups.group.application.GroupReading;
import fr.education.traam.groups.person.Person;
import fr.education.traam.reference.people.InspectorCorps;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** What the API shows of groups. */
final class GroupViews {

    private GroupViews() {
    }

    @Schema(description = "A working group. Anyone sees which académie works on which theme; members (names and addresses) "
            + "only those who may see them: the group's members, the académie's DAN and inspectors, the theme's DNE experts "
            + "and inspector general, operators. `compositionVisible` says which of the two this is.")
    record GroupView(
            String id,
            GroupKind kind,
            String campaignId,
            String themeId,
            AcademyView academy,
            String state,
            ClosingReason closingReason,
            Instant closedAt,
            GroupStatus status,
            List<UnmetRule> unmet,
            List<String> seats,
            List<StintView> stints,
            boolean compositionVisible,
            boolean manageable,
            @Schema(description = "Absent unless compositionVisible") @JsonInclude(JsonInclude.Include.NON_NULL) List<MemberView> members,
            long version) {

        static GroupView of(GroupReading reading) {
            WorkingGroup g = reading.group();
            List<MemberView> members = reading.compositionVisible()
                    ? g.members().stream().map(m -> MemberView.of(m, reading.people().get(m.person()))).toList() : null;
            return new GroupView(g.id().value(), g.kind(), g.current().campaignId().value(), g.current().themeId().value(),
                    g.academy() == null ? null : new AcademyView(g.academy().code(), g.academy().name()), g.state().name(),
                    g.closingReason(), g.closedAt(), g.status(), g.composition().unmet(), g.seats(),
                    g.stints().stream().map(StintView::of).toList(), reading.compositionVisible(), reading.manageable(),
                    members, g.version());
        }
    }

    record AcademyView(String code, String name) {
    }

    record StintView(String campaignId, String themeId, String selectionId, Instant from) {

        static StintView of(Stint s) {
            return new StintView(s.campaignId().value(), s.themeId().value(), s.selectionId(), s.from());
        }
    }

    record MemberView(String memberId, String name, String email, MemberRole role, InspectorCorps corps, String academy,
                      Instant since) {

        static MemberView of(Membership m, Person person) {
            return new MemberView(m.person().value(), person == null ? null : person.name(),
                    person == null || person.email() == null ? null : person.email().value(), m.role(), m.corps(), m.academy(),
                    m.since());
        }
    }
}
