package fr.education.traam.productions.team;

import fr.education.traam.contract.groups.ClosingReason;
import fr.education.traam.contract.groups.DepartureReason;
import fr.education.traam.contract.groups.GroupReference;
import fr.education.traam.contract.groups.MemberJoined;
import fr.education.traam.contract.groups.MemberLeft;
import fr.education.traam.contract.groups.MemberRole;
import fr.education.traam.contract.groups.WorkingGroupClosed;
import fr.education.traam.contract.groups.WorkingGroupContinued;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static fr.education.traam.productions.team.TeamMother.LYON;
import static fr.education.traam.productions.team.TeamMother.formed;
import static fr.education.traam.productions.team.TeamMother.seat;
import static org.assertj.core.api.Assertions.assertThat;

class TeamTest {

    private final GroupReference lyon = TeamMother.academic("group-lyon", "campaign-1", "theme-1", LYON);

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
    }

    @Test
    void a_continued_group_moves_to_its_second_year_theme_and_a_closed_one_is_inactive() {
        Team team = Team.formedBy("e1", formed(lyon, seat("m-teacher", MemberRole.TEACHER)));
        GroupReference secondYear = TeamMother.academic("group-lyon", "campaign-2", "theme-2", LYON);
        Team continued = team.apply("e2", new WorkingGroupContinued(secondYear, "campaign-1", "theme-1", "selection-2"));
        assertThat(continued.campaignId()).isEqualTo("campaign-2");
        assertThat(continued.themeId()).isEqualTo("theme-2");
        assertThat(continued.active()).isTrue();
        assertThat(continued.apply("e3", new WorkingGroupClosed(secondYear, ClosingReason.NOT_CONTINUED)).active()).isFalse();
    }
}
