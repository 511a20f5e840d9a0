package fr.education.traam.groups.group;

import fr.education.traam.contract.TraamEvent;
import fr.education.traam.contract.groups.ClosingReason;
import fr.education.traam.contract.groups.DepartureReason;
import fr.education.traam.contract.groups.GroupCompositionChanged;
import fr.education.traam.contract.groups.GroupStatus;
import fr.education.traam.contract.groups.MemberJoined;
import fr.education.traam.contract.groups.MemberLeft;
import fr.education.traam.contract.groups.MemberRole;
import fr.education.traam.contract.groups.UnmetRule;
import fr.education.traam.contract.groups.WorkingGroupClosed;
import fr.education.traam.contract.groups.WorkingGroupContinued;
import fr.education.traam.contract.groups.WorkingGroupFormed;
import fr.education.traam.groups.person.PersonId;
import fr.education.traam.kit.domain.Refused;
import fr.education.traam.reference.people.InspectorCorps;
import org.junit.jupiter.api.Test;

import java.util.List;

import static fr.education.traam.groups.group.GroupMother.AT;
import static fr.education.traam.groups.group.GroupMother.THEME;
import static fr.education.traam.groups.group.GroupMother.lyon;
import static fr.education.traam.groups.group.GroupMother.member;
import static fr.education.traam.groups.group.GroupMother.referent;
import static fr.education.traam.groups.group.GroupMother.stint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class WorkingGroupTest {

    @Test
    void a_national_group_is_formed_incomplete_until_an_inspector_general_takes_the_seat() {
        WorkingGroup.Changed formed = WorkingGroup.formNational(GroupId.national("c", THEME), stint("c", THEME), 0,
                List.of("10", "08"), List.of(member("expert", MemberRole.DNE_EXPERT), referent("r10", "10"), referent("r08", "08")));

        WorkingGroupFormed event = (WorkingGroupFormed) formed.events().get(0);
        assertThat(event.status()).isEqualTo(GroupStatus.INCOMPLETE);
        assertThat(event.unmet()).extracting(UnmetRule::rule).containsExactly("NO_INSPECTOR_GENERAL");
        assertThat(event.members()).extracting(seat -> seat.role() + ":" + seat.academy())
                .containsExactly("DNE_EXPERT:null", "REFERENT:10", "REFERENT:08");

        WorkingGroup.Changed filled = formed.group().join(member("igesr", MemberRole.INSPECTOR_GENERAL));
        assertThat(filled.group().status()).isEqualTo(GroupStatus.COMPLETE);
        assertThat(filled.events()).hasSize(2);
        assertThat(filled.events().get(0)).isInstanceOf(MemberJoined.class);
        GroupCompositionChanged changed = (GroupCompositionChanged) filled.events().get(1);
        assertThat(changed.previous()).isEqualTo(GroupStatus.INCOMPLETE);
        assertThat(changed.status()).isEqualTo(GroupStatus.COMPLETE);
        assertThat(changed.unmet()).isEmpty();
    }

    @Test
    void each_unmet_rule_of_a_national_group_is_named() {
        WorkingGroup group = WorkingGroup.formNational(GroupId.national("c", THEME), stint("c", THEME), 0, List.of("10", "08"),
                List.of(member("e1", MemberRole.DNE_EXPERT), member("e2", MemberRole.DNE_EXPERT), member("e3", MemberRole.DNE_EXPERT),
                        referent("r10", "10"))).group();

        assertThat(group.composition().unmet()).extracting(UnmetRule::rule, UnmetRule::detail).containsExactly(
                tuple("TOO_MANY_DNE_EXPERTS", "The national group has 3 DNE experts: a pair at most"),
                tuple("NO_INSPECTOR_GENERAL", "The national group has no inspector general and needs one"),
                tuple("REFERENT_MISSING", "The national group has no referent teacher for Grenoble"));
    }

    @Test
    void a_teacher_leaving_lyon_s_group_makes_it_incomplete_and_a_new_one_completes_it() {
        WorkingGroup group = lyon();
        assertThat(group.status()).isEqualTo(GroupStatus.COMPLETE);

        WorkingGroup.Changed left = group.leave(new PersonId("t3"));
        assertThat(left.events()).hasSize(2);
        assertThat(((MemberLeft) left.events().get(0)).reason()).isEqualTo(DepartureReason.REMOVED);
        GroupCompositionChanged incomplete = (GroupCompositionChanged) left.events().get(1);
        assertThat(incomplete.status()).isEqualTo(GroupStatus.INCOMPLETE);
        assertThat(incomplete.unmet()).extracting(UnmetRule::detail).containsExactly("Lyon's academic group has 2 teachers and needs 3");

        WorkingGroup.Changed completed = left.group().join(member("t4", MemberRole.TEACHER));
        assertThat(completed.group().status()).isEqualTo(GroupStatus.COMPLETE);
        assertThat(completed.events()).extracting(TraamEvent::getClass).containsExactly(MemberJoined.class, GroupCompositionChanged.class);
    }

    @Test
    void a_change_that_keeps_the_verdict_publishes_no_composition_change() {
        WorkingGroup.Changed replaced = lyon().replace(new PersonId("t1"), member("t9", MemberRole.TEACHER));

        assertThat(replaced.events()).extracting(TraamEvent::getClass).containsExactly(MemberLeft.class, MemberJoined.class);
        assertThat(((MemberLeft) replaced.events().get(0)).reason()).isEqualTo(DepartureReason.REPLACED);
        assertThat(((MemberJoined) replaced.events().get(1)).replacing()).isEqualTo("t1");
    }

    @Test
    void a_piloting_inspector_of_a_corps_that_may_not_pilot_leaves_the_group_incomplete() {
        WorkingGroup.Changed replaced = lyon().replace(new PersonId("ipr"),
                new Membership(new PersonId("io"), MemberRole.PILOTING_INSPECTOR, InspectorCorps.IEN_IO, null, AT));

        assertThat(replaced.group().composition().unmet()).extracting(UnmetRule::rule).containsExactly("CORPS_MAY_NOT_PILOT");
    }

    @Test
    void roles_belong_to_a_kind_of_group_and_a_person_sits_once() {
        assertThatThrownBy(() -> lyon().join(member("igesr", MemberRole.INSPECTOR_GENERAL)))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.refusal()).isEqualTo(GroupRefusal.ROLE_NOT_IN_GROUP));
        assertThatThrownBy(() -> lyon().join(member("t1", MemberRole.TEACHER)))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.refusal()).isEqualTo(GroupRefusal.ALREADY_MEMBER));
        assertThatThrownBy(() -> lyon().leave(new PersonId("nobody")))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.refusal()).isEqualTo(GroupRefusal.MEMBER_NOT_FOUND));
    }

    @Test
    void a_closed_group_is_read_only_and_closing_it_again_changes_nothing() {
        WorkingGroup.Changed closed = lyon().close(ClosingReason.NOT_RETAINED, AT);
        assertThat(closed.events()).singleElement().isInstanceOf(WorkingGroupClosed.class);

        assertThat(closed.group().close(ClosingReason.NOT_RETAINED, AT).events()).isEmpty();
        assertThatThrownBy(() -> closed.group().join(member("t4", MemberRole.TEACHER)))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.refusal()).isEqualTo(GroupRefusal.GROUP_CLOSED));
    }

    @Test
    void a_group_continues_into_its_second_year_once_with_its_members() {
        WorkingGroup.Changed continued = lyon().continueInto(stint("c2", "ia-et-ecriture-2"), 0);

        WorkingGroupContinued event = (WorkingGroupContinued) continued.events().get(0);
        assertThat(event.fromThemeId()).isEqualTo(THEME);
        assertThat(event.group().themeId()).isEqualTo("ia-et-ecriture-2");
        assertThat(continued.group().members()).isEqualTo(lyon().members());
        assertThat(continued.group().stints()).hasSize(2);
        assertThat(continued.group().continueInto(stint("c2", "ia-et-ecriture-2"), 0).events()).isEmpty();
    }

    @Test
    void a_national_group_follows_its_selection_s_amendment_seat_by_seat() {
        WorkingGroup national = WorkingGroup.formNational(GroupId.national("c", THEME), stint("c", THEME), 0, List.of("10", "08"),
                List.of(member("expert", MemberRole.DNE_EXPERT), member("igesr", MemberRole.INSPECTOR_GENERAL),
                        referent("r10", "10"), referent("r08", "08"))).group();

        WorkingGroup.Changed amended = national.reseat("c/" + THEME, 1, List.of("10", "24"), List.of(referent("r10", "10"), referent("r24", "24")));

        assertThat(amended.group().seats()).containsExactly("10", "24");
        assertThat(amended.group().members()).extracting(m -> m.person().value()).containsExactly("expert", "igesr", "r10", "r24");
        assertThat(amended.events()).extracting(TraamEvent::getClass).containsExactly(MemberLeft.class, MemberJoined.class);
        assertThat(amended.group().revisionOf("c/" + THEME)).isEqualTo(1);
        assertThat(amended.group().status()).isEqualTo(GroupStatus.COMPLETE);
    }
}
