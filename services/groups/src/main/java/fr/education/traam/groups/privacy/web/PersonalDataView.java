package fr.education.traam.groups.privacy.web;

import fr.education.traam.contract.groups.ClosingReason;
import fr.education.traam.contract.groups.GroupKind;
import fr.education.traam.contract.groups.MemberRole;
import fr.education.traam.groups.group.Stint;
import fr.education.traam.groups.group.WorkingGroup;
import fr.education.traam.groups.person.Person;
import fr.education.traam.groups.privacy.PersonalData;
import fr.education.traam.reference.people.InspectorCorps;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(description = "Everything the groups service holds on a person: who they are, and each seat they have in a "
        + "working group, open or closed. An erased person is called \"Personne effacée\", with no address or subject.")
record PersonalDataView(PersonView person, List<MembershipView> memberships) {

    static PersonalDataView of(PersonalData data) {
        return new PersonalDataView(PersonView.of(data.person()), data.seats().stream().map(MembershipView::of).toList());
    }

    @Schema(description = "The person: member id, name, professional address, identity subject (a DNE expert's), and "
            + "when they were erased, if they were")
    record PersonView(String memberId, String name, String email, String subject, boolean erased, Instant erasedAt) {

        static PersonView of(Person p) {
            return new PersonView(p.id().value(), p.name(), p.email() == null ? null : p.email().value(), p.subject(),
                    p.erased(), p.erasedAt());
        }
    }

    @Schema(description = "A seat in a group: the group (id, kind, académie, its state, its stints on campaigns and "
            + "themes) and the person's role there, an inspector's corps, the académie a national referent represents, since when")
    record MembershipView(String groupId, GroupKind kind, AcademyView academy, String groupState, ClosingReason closingReason,
                          Instant closedAt, List<StintView> stints, MemberRole role, InspectorCorps corps,
                          String representedAcademy, Instant since) {

        static MembershipView of(PersonalData.Seat seat) {
            WorkingGroup g = seat.group();
            return new MembershipView(g.id().value(), g.kind(),
                    g.academy() == null ? null : new AcademyView(g.academy().code(), g.academy().name()), g.state().name(),
                    g.closingReason(), g.closedAt(), g.stints().stream().map(StintView::of).toList(), seat.membership().role(),
                    seat.membership().corps(), seat.membership().academy(), seat.membership().since());
        }
    }

    record AcademyView(String code, String name) {
    }

    record StintView(String campaignId, String themeId, String selectionId, Instant from) {

        static StintView of(Stint s) {
            return new StintView(s.campaignId().value(), s.themeId().value(), s.selectionId(), s.from());
        }
    }
}
