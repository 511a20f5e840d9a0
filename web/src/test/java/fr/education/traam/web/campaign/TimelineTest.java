package fr.education.traam.web.campaign;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TimelineTest {

    // 100 days from call opening to closing, so that days are per cent.
    private static final LocalDate OPENING = LocalDate.of(2027, 1, 1);
    private static final CampaignJson.Calendar CALENDAR = new CampaignJson.Calendar(OPENING, OPENING.plusDays(10),
            OPENING.plusDays(30), OPENING.plusDays(40), OPENING.plusDays(70), OPENING.plusDays(100));

    @Test
    void places_each_phase_from_its_first_day_to_the_next_one_in_per_cent_of_the_campaign() {
        Timeline timeline = Timeline.of(CALENDAR, "LAUNCH_PREPARATION", OPENING.plusDays(35));

        assertThat(timeline.segments()).extracting(Timeline.Segment::phase).containsExactly(Phase.CALL_OPEN,
                Phase.NATIONAL_SELECTION, Phase.LAUNCH_PREPARATION, Phase.YEAR_ONE, Phase.YEAR_TWO);
        assertThat(timeline.segments()).extracting(Timeline.Segment::at).containsExactly(0.0, 10.0, 30.0, 40.0, 70.0);
        assertThat(timeline.segments()).extracting(Timeline.Segment::width).containsExactly(10.0, 20.0, 10.0, 30.0, 30.0);
        assertThat(timeline.segments().stream().mapToDouble(Timeline.Segment::width).sum()).isCloseTo(100.0, within(0.01));
    }

    @Test
    void today_is_marked_at_its_place_on_the_line_and_the_current_phase_is_the_campaign_s() {
        Timeline timeline = Timeline.of(CALENDAR, "LAUNCH_PREPARATION", OPENING.plusDays(35));

        assertThat(timeline.todayPosition()).isEqualTo(Timeline.Position.DURING);
        assertThat(timeline.todayAt()).isEqualTo(35.0);
        assertThat(timeline.segments()).filteredOn(Timeline.Segment::current).extracting(Timeline.Segment::phase)
                .containsExactly(Phase.LAUNCH_PREPARATION);
    }

    @Test
    void a_campaign_moved_ahead_of_its_calendar_shows_its_own_phase_as_current_and_today_where_the_date_is() {
        Timeline timeline = Timeline.of(CALENDAR, "NATIONAL_SELECTION", OPENING.minusDays(20));

        assertThat(timeline.todayPosition()).isEqualTo(Timeline.Position.BEFORE);
        assertThat(timeline.segments()).filteredOn(Timeline.Segment::current).extracting(Timeline.Segment::phase)
                .containsExactly(Phase.NATIONAL_SELECTION);
        assertThat(Timeline.of(CALENDAR, "DRAFT", OPENING).segments()).noneMatch(Timeline.Segment::current);
    }

    @Test
    void a_tick_too_close_to_the_previous_label_is_drawn_without_its_own() {
        Timeline timeline = Timeline.of(CALENDAR, "CALL_OPEN", OPENING);

        // Ticks at 0, 10, 30, 40, 70 per cent: 10 is too close to 0, 40 to 30.
        assertThat(timeline.segments()).extracting(Timeline.Segment::labelled).containsExactly(true, false, true, false, true);
    }

    @Test
    void before_the_call_and_after_the_closing_today_is_at_an_end_and_no_phase_is_current() {
        Timeline before = Timeline.of(CALENDAR, "LAUNCH_PREPARATION", OPENING.minusDays(5));
        Timeline after = Timeline.of(CALENDAR, "LAUNCH_PREPARATION", OPENING.plusDays(150));

        assertThat(before.todayPosition()).isEqualTo(Timeline.Position.BEFORE);
        assertThat(before.todayAt()).isZero();
        assertThat(after.todayPosition()).isEqualTo(Timeline.Position.AFTER);
        assertThat(after.todayAt()).isEqualTo(100.0);
        assertThat(Timeline.of(CALENDAR, "CLOSED", OPENING.plusDays(150)).segments()).noneMatch(Timeline.Segment::current);
    }

    @Test
    void the_today_label_stays_inside_the_drawing_near_its_ends() {
        assertThat(Timeline.of(CALENDAR, "LAUNCH_PREPARATION", OPENING.plusDays(3)).todayAnchor()).isEqualTo("start");
        assertThat(Timeline.of(CALENDAR, "LAUNCH_PREPARATION", OPENING.plusDays(50)).todayAnchor()).isEqualTo("middle");
        assertThat(Timeline.of(CALENDAR, "LAUNCH_PREPARATION", OPENING.plusDays(97)).todayAnchor()).isEqualTo("end");
    }
}
