package fr.education.traam.groups.privacy.application;

import fr.education.traam.campaignview.Campaigns;
import fr.education.traam.groups.group.WorkingGroup;
import fr.education.traam.groups.group.WorkingGroups;
import fr.education.traam.groups.person.People;
import fr.education.traam.groups.person.Person;
import fr.education.traam.groups.person.PersonId;
import fr.education.traam.groups.privacy.Seeds;
import fr.education.traam.testkit.TraamInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The purge on the real MongoDB server, as of a chosen moment, with the default retention of one year: a theme whose
 * campaign closed on 6 July 2029, another closing on 5 July 2030 with one of its groups closed early (today).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TraamInfrastructure(database = "traam-groups-test")
class PurgingPersonalDataTest {

    /** A year and a half after the first theme closed, half a year after the second, three after the early closing. */
    private static final Instant NEW_YEAR_2031 = Instant.parse("2031-01-01T00:00:00Z");

    @Autowired
    PurgingPersonalData purging;
    @Autowired
    Campaigns campaigns;
    @Autowired
    People people;
    @Autowired
    WorkingGroups groups;

    private Person onlyInTheClosedTheme;
    private Person inBothThemes;
    private Person onlyInTheOpenTheme;
    private Person onlyInAGroupClosedEarly;
    private WorkingGroup lyon2029;
    private WorkingGroup aixMarseille2030;
    private WorkingGroup grenoble2030;

    @BeforeEach
    void twoThemesAndAGroupClosedEarly() {
        Seeds seeds = new Seeds(campaigns, people, groups);
        String closed2029 = seeds.campaignClosing(LocalDate.of(2029, 7, 6));
        String closing2030 = seeds.campaignClosing(LocalDate.of(2030, 7, 5));
        onlyInTheClosedTheme = seeds.person("Jeanne Roux", "ac-lyon.fr");
        inBothThemes = seeds.person("Karim Haddad", "ac-lyon.fr");
        onlyInTheOpenTheme = seeds.person("Lucie Faure", "ac-aix-marseille.fr");
        onlyInAGroupClosedEarly = seeds.person("Yann Le Goff", "ac-grenoble.fr");
        lyon2029 = seeds.academicGroup(closed2029, "10", "Lyon", onlyInTheClosedTheme, inBothThemes);
        aixMarseille2030 = seeds.academicGroup(closing2030, "02", "Aix-Marseille", inBothThemes, onlyInTheOpenTheme);
        grenoble2030 = seeds.closed(seeds.academicGroup(closing2030, "08", "Grenoble", onlyInAGroupClosedEarly));
    }

    @Test
    void nobody_is_erased_while_their_groups_are_within_their_retention() {
        PurgingPersonalData.Purge purge = purging.purge(Instant.now());

        assertThat(purge.erased()).doesNotContain(onlyInTheClosedTheme.id(), inBothThemes.id(), onlyInTheOpenTheme.id(),
                onlyInAGroupClosedEarly.id());
        assertThat(people.notErased(List.of(onlyInTheClosedTheme.id(), inBothThemes.id(), onlyInTheOpenTheme.id(),
                onlyInAGroupClosedEarly.id()))).hasSize(4);
    }

    @Test
    void erases_those_whose_groups_are_all_past_their_retention_and_keeps_anyone_also_in_a_group_within_it() {
        PurgingPersonalData.Purge purge = purging.purge(NEW_YEAR_2031);

        assertThat(purge.groupsRead()).isGreaterThanOrEqualTo(3);
        assertThat(purge.erased()).contains(onlyInTheClosedTheme.id(), onlyInAGroupClosedEarly.id())
                .as("also in the open theme, or only in it").doesNotContain(inBothThemes.id(), onlyInTheOpenTheme.id());
        for (Person erased : List.of(onlyInTheClosedTheme, onlyInAGroupClosedEarly)) {
            Person now = people.find(erased.id()).orElseThrow();
            assertThat(now.erased()).isTrue();
            assertThat(now.name()).isEqualTo(Person.PSEUDONYM);
            assertThat(now.email()).isNull();
            assertThat(people.withEmail(erased.email())).isEmpty();
        }
        for (Person kept : List.of(inBothThemes, onlyInTheOpenTheme)) {
            assertThat(people.find(kept.id()).orElseThrow()).isEqualTo(kept);
        }
        assertThat(people.notErased(members(lyon2029))).as("the whole of Lyon's 2029 group but the one in both themes")
                .extracting(Person::id).containsExactly(inBothThemes.id());
        assertThat(people.notErased(members(grenoble2030))).isEmpty();
        assertThat(people.notErased(members(aixMarseille2030))).hasSize(members(aixMarseille2030).size());

        WorkingGroup lyonNow = groups.find(lyon2029.id()).orElseThrow();
        assertThat(members(lyonNow)).as("the groups keep their history of ids").isEqualTo(members(lyon2029));
        assertThat(lyonNow.version()).isEqualTo(lyon2029.version());

        assertThat(purging.purge(NEW_YEAR_2031).erased()).as("a second purge finds nobody left to erase")
                .doesNotContainAnyElementsOf(purge.erased());
    }

    private static List<PersonId> members(WorkingGroup group) {
        return group.members().stream().map(m -> m.person()).toList();
    }
}
