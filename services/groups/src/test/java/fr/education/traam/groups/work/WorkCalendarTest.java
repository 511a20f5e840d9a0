package fr.education.traam.groups.work;

import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.campaignview.ThemeId;
import fr.education.traam.contract.groups.WorkCalendarEntryKind;
import fr.education.traam.contract.groups.WorkCalendarPublished;
import fr.education.traam.groups.group.GroupId;
import fr.education.traam.kit.domain.Refused;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkCalendarTest {

    static final GroupId NATIONAL = new GroupId("national-ia");
    static final CampaignId CAMPAIGN = new CampaignId("campaign-2027");
    static final ThemeId THEME = new ThemeId("theme-ia");
    static final ThemeYears YEARS = new ThemeYears(LocalDate.of(2027, 6, 18), LocalDate.of(2029, 7, 6));
    static final Instant NOW = Instant.parse("2027-09-10T08:00:00Z");

    static CalendarEntry meeting(LocalDate date, String title) {
        return CalendarEntry.of("entries[0]", WorkCalendarEntryKind.MEETING, date, title, null, "https://visio.education.fr/traam-ia");
    }

    @Test
    void publishes_the_whole_calendar_sorted_by_date_for_the_theme() {
        CalendarEntry scenarios = CalendarEntry.of("entries[0]", WorkCalendarEntryKind.SCENARIOS_DUE, LocalDate.of(2028, 5, 31),
                "Scénarios de l'année 1", "  ", null);
        CalendarEntry launch = meeting(LocalDate.of(2027, 9, 22), "Séminaire de lancement");

        WorkCalendar.Changed change = WorkCalendar.none(NATIONAL).publish(CAMPAIGN, THEME, List.of(scenarios, launch), YEARS, NOW);

        assertThat(change.calendar().entries()).containsExactly(launch, scenarios);
        assertThat(change.calendar().entries().get(1).details()).isNull();
        assertThat(change.calendar().publishedAt()).isEqualTo(NOW);
        assertThat(change.events()).singleElement().isInstanceOfSatisfying(WorkCalendarPublished.class, published -> {
            assertThat(published.nationalGroupId()).isEqualTo("national-ia");
            assertThat(published.campaignId()).isEqualTo("campaign-2027");
            assertThat(published.themeId()).isEqualTo("theme-ia");
            assertThat(published.entries()).extracting(e -> e.title()).containsExactly("Séminaire de lancement", "Scénarios de l'année 1");
            assertThat(published.entries().get(0).link()).isEqualTo("https://visio.education.fr/traam-ia");
        });
    }

    @Test
    void the_same_calendar_again_changes_nothing() {
        CalendarEntry launch = meeting(LocalDate.of(2027, 9, 22), "Séminaire de lancement");
        WorkCalendar published = WorkCalendar.none(NATIONAL).publish(CAMPAIGN, THEME, List.of(launch), YEARS, NOW).calendar().withVersion(0);

        WorkCalendar.Changed again = published.publish(CAMPAIGN, THEME, List.of(launch), YEARS, NOW.plusSeconds(60));

        assertThat(again.events()).isEmpty();
        assertThat(again.calendar()).isEqualTo(published);
    }

    @Test
    void refuses_a_date_outside_the_theme_s_two_years_naming_the_entry() {
        List<CalendarEntry> entries = List.of(meeting(LocalDate.of(2027, 9, 22), "Lancement"), meeting(LocalDate.of(2029, 9, 1), "Trop tard"));

        assertThatThrownBy(() -> WorkCalendar.none(NATIONAL).publish(CAMPAIGN, THEME, entries, YEARS, NOW))
                .isInstanceOfSatisfying(Refused.class, refused -> assertThat(refused.field()).isEqualTo("entries[1].date"));
    }

    @Test
    void refuses_an_entry_without_a_title_or_with_a_plain_http_link() {
        assertThatThrownBy(() -> CalendarEntry.of("entries[3]", WorkCalendarEntryKind.OTHER, LocalDate.of(2028, 1, 1), " ", null, null))
                .isInstanceOfSatisfying(Refused.class, refused -> assertThat(refused.field()).isEqualTo("entries[3].title"));
        assertThatThrownBy(() -> CalendarEntry.of("entries[2]", WorkCalendarEntryKind.OTHER, LocalDate.of(2028, 1, 1), "Visio", null,
                "http://visio.ac-lyon.fr/traam")).isInstanceOfSatisfying(Refused.class,
                refused -> assertThat(refused.field()).isEqualTo("entries[2].link"));
    }
}
