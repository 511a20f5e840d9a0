package fr.education.traam.web.text;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class FrenchDatesTest {

    private final FrenchDates dates = new FrenchDates();

    @Test
    void the_first_of_a_month_is_written_1er_and_the_others_as_numbers() {
        assertThat(dates.day(LocalDate.of(2030, 9, 1))).isEqualTo("1er septembre 2030");
        assertThat(dates.day(LocalDate.of(2030, 5, 14))).isEqualTo("14 mai 2030");
    }

    @Test
    void an_instant_is_the_day_it_fell_on_in_paris() {
        assertThat(dates.day(Instant.parse("2030-06-17T22:30:00Z"))).isEqualTo("18 juin 2030");
    }

    @Test
    void a_tick_names_the_month_and_the_whole_year() {
        assertThat(dates.month(LocalDate.of(2030, 3, 15))).isEqualTo("mars 2030");
    }
}
