package fr.education.traam.productions.team;

import fr.education.traam.contract.groups.ClosingReason;
import fr.education.traam.contract.groups.DepartureReason;
import fr.education.traam.contract.groups.GroupCompositionChanged;
import fr.education.traam.contract.groups.GroupReference;
import fr.education.traam.contract.groups.GroupStatus;
import fr.education.traam.contract.groups.MemberJoined;
import fr.education.traam.contract.groups.MemberLeft;
import fr.education.traam.contract.groups.MemberRole;
import fr.education.traam.contract.groups.WorkingGroupClosed;
import fr.education.traam.contract.groups.WorkingGroupContinued;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static fr.education.traam.productions.team.TeamMother.LYON;
import static fr.education.traam.productions.team.TeamMother.formed;
import static fr.education.traam.productions.team.TeamMother.seat;
import static org.assertj.core.api.Assertions.assertThat;

class TeamTest {

    private final GroupReference lyon = TeamMother.academic("group-lyon", "campaign-1", "theme-1", LYON);

    @Test
    void a_formation_seats_its_members_in_an_active_group_of_its_theme() {
        Team team = Team.formedBy("e1", formed(lyon, seat("m-teacher", MemberRole.TEACHER),
                seat("m-inspector", MemberRole.PILOTING_INSPECTOR)));
        assertThat(team.members()).containsExactly(new Team.Seat("m-teacher", MemberRole.TEACHER),
                new Team.Seat("m-inspector", MemberRole.PILOTING_INSPECTOR));
        assertThat(team.active()).isTrue();
        assertThat(team.formed()).isTrue();
        assertThat(team.national()).isFalse();
        assertThat(team.academy()).isEqualTo(LYON);
        assertThat(List.of(team.campaignId(), team.themeId())).containsExactly("campaign-1", "theme-1");
        assertThat(team.hasApplied("e1")).isTrue();
    }

    @Test
    void members_join_and_leave_and_the_same_event_twice_changes_nothing() {
        Team team = Team.formedBy("e1", formed(lyon, seat("m-teacher", MemberRole.TEACHER),
                seat("m-inspector", MemberRole.PILOTING_INSPECTOR)));
        Team joined = team.apply("e2", new MemberJoined(lyon, seat("m-new", MemberRole.TEACHER), null));
        assertThat(joined.seats(Set.of("m-new"), Set.of(MemberRole.TEACHER))).isTrue();
        assertThat(joined.apply("e2", new MemberJoined(lyon, seat("m-other", MemberRole.TEACHER), null))).isEqualTo(joined);

        Team left = joined.apply("e3", new MemberLeft(lyon, seat("m-teacher", MemberRole.TEACHER), DepartureReason.REMOVED));
        assertThat(left.seats(Set.of("m-teacher"), Set.of())).isFalse();
        assertThat(left.seated(Set.of("m-inspector", "m-new"), Set.of(MemberRole.PILOTING_INSPECTOR))).isEqualTo("m-inspector");
        assertThat(left.seats(Set.of("m-new"), Set.of(MemberRole.PILOTING_INSPECTOR))).isFalse();
        // The joining redelivered after the departure brings nobody back.
        assertThat(left.apply("e2", new MemberJoined(lyon, seat("m-new", MemberRole.TEACHER), null))).isEqualTo(left);
        assertThat(left.apply("e3", new MemberLeft(lyon, seat("m-teacher", MemberRole.TEACHER), DepartureReason.REMOVED)))
                .isEqualTo(left);
    }

    @Test
    void a_member_who_left_is_no_longer_seated_in_any_role() {
        Team team = Team.formedBy("e1", formed(lyon, seat("m-referent", MemberRole.REFERENT)));
        // The seat the departure names is not the one held: the member still leaves.
        Team left = team.apply("e2", new MemberLeft(lyon, seat("m-referent", MemberRole.TEACHER), DepartureReason.REMOVED));
        assertThat(left.members()).isEmpty();
    }

    @Test
    void a_replacement_takes_the_seat_of_the_member_it_replaces_with_or_without_their_departure() {
        Team team = Team.formedBy("e1", formed(lyon, seat("m-old", MemberRole.PILOTING_INSPECTOR), seat("m-teacher", MemberRole.TEACHER)));

        Team replaced = team.apply("e2", new MemberLeft(lyon, seat("m-old", MemberRole.PILOTING_INSPECTOR), DepartureReason.REPLACED))
                .apply("e3", new MemberJoined(lyon, seat("m-new", MemberRole.PILOTING_INSPECTOR), "m-old"));
        assertThat(replaced.members()).containsExactlyInAnyOrder(new Team.Seat("m-teacher", MemberRole.TEACHER),
                new Team.Seat("m-new", MemberRole.PILOTING_INSPECTOR));

        Team withoutDeparture = team.apply("e3", new MemberJoined(lyon, seat("m-new", MemberRole.PILOTING_INSPECTOR), "m-old"));
        assertThat(withoutDeparture.members()).isEqualTo(replaced.members());
    }

    @Test
    void a_member_replaced_by_themselves_in_another_role_keeps_one_seat_in_the_new_role() {
        Team team = Team.formedBy("e1", formed(lyon, seat("m-1", MemberRole.TEACHER)));
        Team moved = team.apply("e2", new MemberLeft(lyon, seat("m-1", MemberRole.TEACHER), DepartureReason.REPLACED))
                .apply("e3", new MemberJoined(lyon, seat("m-1", MemberRole.REFERENT), "m-1"));
        assertThat(moved.members()).containsExactly(new Team.Seat("m-1", MemberRole.REFERENT));
    }

    @Test
    void a_continued_group_moves_to_its_second_year_theme_and_a_closed_one_is_inactive() {
        Team team = Team.formedBy("e1", formed(lyon, seat("m-teacher", MemberRole.TEACHER)));
        GroupReference secondYear = TeamMother.academic("group-lyon", "campaign-2", "theme-2", LYON);
        Team continued = team.apply("e2", new WorkingGroupContinued(secondYear, "campaign-1", "theme-1", "selection-2"));
        assertThat(continued.campaignId()).isEqualTo("campaign-2");
        assertThat(continued.themeId()).isEqualTo("theme-2");
        assertThat(continued.active()).isTrue();
        assertThat(continued.members()).isEqualTo(team.members());

        Team closed = continued.apply("e3", new WorkingGroupClosed(secondYear, ClosingReason.NOT_CONTINUED));
        assertThat(closed.active()).isFalse();
        assertThat(closed.members()).as("a closed group keeps its members, as history").isEqualTo(team.members());
    }

    @Test
    void a_continuation_reopens_a_group_the_first_year_s_end_had_closed() {
        Team closed = Team.formedBy("e1", formed(lyon, seat("m-teacher", MemberRole.TEACHER)))
                .apply("e2", new WorkingGroupClosed(lyon, ClosingReason.NOT_CONTINUED));
        GroupReference secondYear = TeamMother.academic("group-lyon", "campaign-2", "theme-2", LYON);
        assertThat(closed.apply("e3", new WorkingGroupContinued(secondYear, "campaign-1", "theme-1", "selection-2")).active())
                .isTrue();
    }

    @Test
    void events_before_the_formation_are_kept_when_it_comes_late() {
        GroupReference secondYear = TeamMother.academic("group-lyon", "campaign-2", "theme-2", LYON);
        Team known = Team.known(lyon)
                .apply("e2", new MemberJoined(lyon, seat("m-joined", MemberRole.TEACHER), null))
                .apply("e3", new MemberLeft(lyon, seat("m-gone", MemberRole.TEACHER), DepartureReason.REMOVED))
                .apply("e4", new MemberJoined(lyon, seat("m-new-inspector", MemberRole.PILOTING_INSPECTOR), "m-old-inspector"))
                .apply("e5", new WorkingGroupContinued(secondYear, "campaign-1", "theme-1", "selection-2"));
        assertThat(known.formed()).isFalse();
        assertThat(known.members()).extracting(Team.Seat::memberId).containsExactlyInAnyOrder("m-joined", "m-new-inspector");

        Team formed = known.apply("e1", formed(lyon, seat("m-teacher", MemberRole.TEACHER), seat("m-gone", MemberRole.TEACHER),
                seat("m-old-inspector", MemberRole.PILOTING_INSPECTOR), seat("m-joined", MemberRole.TEACHER)));
        assertThat(formed.formed()).isTrue();
        assertThat(formed.departed()).isEmpty();
        assertThat(formed.members()).as("who left or was replaced meanwhile is not seated again")
                .containsExactlyInAnyOrder(new Team.Seat("m-joined", MemberRole.TEACHER),
                        new Team.Seat("m-new-inspector", MemberRole.PILOTING_INSPECTOR), new Team.Seat("m-teacher", MemberRole.TEACHER));
        assertThat(List.of(formed.campaignId(), formed.themeId())).as("the later continuation stands")
                .containsExactly("campaign-2", "theme-2");
    }

    @Test
    void a_group_closed_before_its_formation_was_seen_stays_closed() {
        Team closed = Team.known(lyon).apply("e2", new WorkingGroupClosed(lyon, ClosingReason.NOT_RETAINED));
        Team formed = closed.apply("e1", formed(lyon, seat("m-teacher", MemberRole.TEACHER)));
        assertThat(formed.active()).isFalse();
        assertThat(formed.members()).containsExactly(new Team.Seat("m-teacher", MemberRole.TEACHER));
    }

    @Test
    void a_formed_group_is_not_formed_again_by_an_old_formation_replayed_under_another_id() {
        Team team = Team.formedBy("e1", formed(lyon, seat("m-teacher", MemberRole.TEACHER)))
                .apply("e2", new MemberLeft(lyon, seat("m-teacher", MemberRole.TEACHER), DepartureReason.REMOVED));
        Team replayed = team.apply("e9", formed(lyon, seat("m-teacher", MemberRole.TEACHER)));
        assertThat(replayed.members()).isEmpty();
    }

    @Test
    void an_event_that_moves_no_seat_changes_nothing_but_is_remembered() {
        Team team = Team.formedBy("e1", formed(lyon, seat("m-teacher", MemberRole.TEACHER)));
        Team after = team.apply("e2", new GroupCompositionChanged(lyon, GroupStatus.INCOMPLETE, GroupStatus.COMPLETE, List.of()));
        assertThat(after.members()).isEqualTo(team.members());
        assertThat(after.active()).isTrue();
        assertThat(after.hasApplied("e2")).isTrue();
    }

    @Test
    void only_the_latest_event_ids_are_remembered() {
        Team team = Team.formedBy("e0", formed(lyon, seat("m-teacher", MemberRole.TEACHER)));
        for (int i = 1; i <= Team.REMEMBERED; i++) {
            team = team.apply("e" + i, new GroupCompositionChanged(lyon, GroupStatus.COMPLETE, GroupStatus.COMPLETE, List.of()));
        }
        assertThat(team.applied()).hasSize(Team.REMEMBERED);
        assertThat(team.hasApplied("e0")).isFalse();
        assertThat(team.hasApplied("e" + Team.REMEMBERED)).isTrue();
    }
}
