package fr.education.traam.groups.group.application;

import fr.education.traam.campaignview.Theme;
import fr.education.traam.contract.campaigns.ThemeCycle;
import fr.education.traam.contract.groups.ClosingReason;
import fr.education.traam.contract.groups.MemberRole;
import fr.education.traam.groups.group.GroupId;
import fr.education.traam.groups.group.GroupMother;
import fr.education.traam.groups.group.WorkingGroup;
import fr.education.traam.groups.person.Person;
import fr.education.traam.groups.person.PersonId;
import fr.education.traam.kit.security.Caller;
import fr.education.traam.kit.security.Role;
import fr.education.traam.reference.people.EmailAddress;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static fr.education.traam.groups.group.GroupMother.EXPERT;
import static fr.education.traam.groups.group.GroupMother.THEME;
import static fr.education.traam.groups.group.GroupMother.member;
import static fr.education.traam.groups.group.GroupMother.stint;
import static org.assertj.core.api.Assertions.assertThat;

/** Who sees a group's members and who changes them, each rule of the "who sees what" in turn. */
class GroupAccessTest {

    private static final Theme THEME_LED_BY_EXPERT = Theme.of(GroupMother.theme(THEME, ThemeCycle.FIRST_YEAR, null));
    private static final WorkingGroup LYON = GroupMother.lyon();
    private static final WorkingGroup NATIONAL = WorkingGroup.formNational(GroupId.national("c", THEME), stint("c", THEME), 0,
            List.of("10"), List.of(member("expert", MemberRole.DNE_EXPERT), member("igesr", MemberRole.INSPECTOR_GENERAL),
                    GroupMother.referent("ref", "10"))).group();
    private static final Map<PersonId, Person> PEOPLE = Map.of(
            new PersonId("t1"), person("t1", "paul.martin@ac-lyon.fr"),
            new PersonId("ipr"), person("ipr", "helene.robert@ac-lyon.fr"),
            new PersonId("igesr"), person("igesr", "anne.lefevre@education.gouv.fr"));

    @Test
    void nobody_without_a_token_sees_members_and_nobody_without_a_role_changes_them() {
        assertThat(access(null, LYON).maySee()).isFalse();
        assertThat(access(null, LYON).mayManage()).isFalse();
    }

    @Test
    void a_member_sees_their_own_group_by_the_address_of_their_token_and_not_another_s() {
        Caller teacher = caller(Role.TEACHER, "10", "paul.martin@ac-lyon.fr");
        assertThat(access(teacher, LYON).maySee()).isTrue();
        assertThat(access(teacher, LYON).mayManage()).isFalse();
        assertThat(access(teacher, NATIONAL).maySee()).isFalse();
        assertThat(access(caller(Role.TEACHER, "10", "someone.else@ac-lyon.fr"), LYON).maySee()).isFalse();
    }

    @Test
    void the_academy_s_dan_sees_and_manages_its_group_another_academy_s_dan_neither() {
        assertThat(access(caller(Role.DAN, "10", null), LYON).mayManage()).isTrue();
        assertThat(access(caller(Role.DAN, "08", null), LYON).maySee()).isFalse();
        assertThat(access(caller(Role.DAN, "08", null), LYON).mayManage()).isFalse();
        assertThat(access(caller(Role.DAN, "10", null), NATIONAL).mayManage()).as("the national group is the experts'").isFalse();
    }

    @Test
    void an_academic_inspector_of_the_academy_sees_its_group_and_manages_it_only_when_piloting_it() {
        assertThat(access(caller(Role.ACADEMIC_INSPECTOR, "10", "other.ipr@ac-lyon.fr"), LYON).maySee()).isTrue();
        assertThat(access(caller(Role.ACADEMIC_INSPECTOR, "10", "other.ipr@ac-lyon.fr"), LYON).mayManage()).isFalse();
        assertThat(access(caller(Role.ACADEMIC_INSPECTOR, "10", "helene.robert@ac-lyon.fr"), LYON).mayManage()).isTrue();
    }

    @Test
    void the_theme_s_experts_manage_its_national_group_and_see_every_group_of_it_another_theme_s_expert_not() {
        Caller expert = new Caller(EXPERT, Set.of(Role.DNE_EXPERT), null, null);
        assertThat(access(expert, NATIONAL).mayManage()).isTrue();
        assertThat(access(expert, LYON).maySee()).isTrue();
        assertThat(access(expert, LYON).mayManage()).isFalse();
        assertThat(access(new Caller("expert-svt", Set.of(Role.DNE_EXPERT), null, null), LYON).maySee()).isFalse();
    }

    @Test
    void the_theme_s_inspector_general_sees_its_groups_another_inspector_general_not() {
        assertThat(access(caller(Role.INSPECTOR_GENERAL, null, "anne.lefevre@education.gouv.fr"), LYON).maySee()).isTrue();
        assertThat(access(caller(Role.INSPECTOR_GENERAL, null, "other.ig@education.gouv.fr"), LYON).maySee()).isFalse();
    }

    @Test
    void operators_see_every_group_and_nobody_manages_a_closed_one() {
        assertThat(access(caller(Role.OPERATOR, null, null), LYON).maySee()).isTrue();
        WorkingGroup closed = LYON.close(ClosingReason.NOT_RETAINED, GroupMother.AT).group();
        assertThat(access(caller(Role.DAN, "10", null), closed).mayManage()).isFalse();
        assertThat(access(caller(Role.DAN, "10", null), closed).maySee()).isTrue();
    }

    private static GroupAccess access(Caller caller, WorkingGroup group) {
        return new GroupAccess(caller, group, THEME_LED_BY_EXPERT, NATIONAL, PEOPLE);
    }

    private static Caller caller(Role role, String academy, String email) {
        return new Caller("someone", Set.of(role), academy, email);
    }

    private static Person person(String id, String email) {
        return new Person(new PersonId(id), "Quelqu'un", new EmailAddress(email), null, null, 0);
    }
}
