package fr.education.traam.groups.privacy;

import fr.education.traam.groups.group.WorkingGroup;
import fr.education.traam.groups.person.PersonId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

import static fr.education.traam.groups.group.GroupMother.academic;
import static fr.education.traam.groups.group.GroupMother.closed;
import static fr.education.traam.groups.group.GroupMother.teacher;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetentionTest {

    private static final Retention ONE_YEAR = new Retention(Period.ofYears(1), ZoneId.of("Europe/Paris"));
    private static final LocalDate CLOSING = LocalDate.of(2029, 7, 6);

    private final WorkingGroup lyon = academic("campaign-2027", "10", "Lyon", teacher(PersonId.random()));

    @Test
    void an_open_group_is_kept_a_year_after_its_campaign_s_closing_day_began_in_paris() {
        assertThat(ONE_YEAR.end(lyon, CLOSING)).contains(Instant.parse("2030-07-05T22:00:00Z"));
        assertThat(ONE_YEAR.over(lyon, CLOSING, Instant.parse("2030-07-05T21:59:59Z"))).isFalse();
        assertThat(ONE_YEAR.over(lyon, CLOSING, Instant.parse("2030-07-05T22:00:00Z"))).isTrue();
    }

    @Test
    void a_group_closed_early_is_kept_a_year_after_it_closed_whatever_its_campaign_s_closing() {
        WorkingGroup notRetained = closed(lyon, Instant.parse("2027-11-03T10:15:00Z"));

        assertThat(ONE_YEAR.end(notRetained, CLOSING)).contains(Instant.parse("2028-11-03T10:15:00Z"));
        assertThat(ONE_YEAR.over(notRetained, CLOSING, Instant.parse("2028-11-03T10:15:00Z"))).isTrue();
        assertThat(ONE_YEAR.over(notRetained, null, Instant.parse("2028-11-03T10:15:00Z"))).isTrue();
    }

    @Test
    void an_open_group_of_a_campaign_not_known_here_is_kept() {
        assertThat(ONE_YEAR.end(lyon, null)).isEmpty();
        assertThat(ONE_YEAR.over(lyon, null, Instant.parse("2100-01-01T00:00:00Z"))).isFalse();
    }

    @Test
    void the_period_is_a_setting_months_as_well_as_years() {
        Retention sixMonths = new Retention(Period.ofMonths(6), ZoneId.of("Europe/Paris"));

        assertThat(sixMonths.end(lyon, CLOSING)).contains(Instant.parse("2030-01-05T23:00:00Z"));
    }

    @Test
    void refuses_a_negative_period() {
        assertThatThrownBy(() -> new Retention(Period.ofDays(-1), ZoneId.of("Europe/Paris")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
