package fr.education.traam.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenArgumentsTest {

    @Test
    void takes_roles_academy_subject_and_ttl() {
        TokenArguments arguments = TokenArguments.parse(
                List.of("DAN", "teacher", "--academy", "25", "--subject", "marie.curie", "--ttl", "30m"));

        assertThat(arguments).isEqualTo(
                new TokenArguments(List.of("DAN", "TEACHER"), "25", "marie.curie", Duration.ofMinutes(30)));
        assertThat(arguments.lacksAcademy()).isFalse();
    }

    @Test
    void defaults_to_eight_hours_no_academy_and_a_subject_named_after_the_first_role() {
        TokenArguments arguments = TokenArguments.parse(List.of("DNE_EXPERT", "DNE_EXPERT"));

        assertThat(arguments).isEqualTo(
                new TokenArguments(List.of("DNE_EXPERT"), null, "local-dne-expert", Duration.ofHours(8)));
        assertThat(arguments.lacksAcademy()).isFalse();
    }

    @Test
    void takes_an_email_for_a_member_of_a_working_group() {
        TokenArguments arguments = TokenArguments.parse(
                List.of("DAN", "--academy", "10", "--email", "sophie.durand@ac-lyon.fr"));

        assertThat(arguments).isEqualTo(new TokenArguments(
                List.of("DAN"), "10", "local-dan", Duration.ofHours(8), "sophie.durand@ac-lyon.fr"));
        assertThat(TokenArguments.parse(List.of("TEACHER")).email()).isNull();
    }

    @Test
    void rejects_an_email_that_is_no_address_naming_it() {
        for (String address : List.of("sophie.durand", "sophie@", "@ac-lyon.fr", "sophie durand@ac-lyon.fr",
                "sophie@ac-lyon", "sophie@@ac-lyon.fr")) {
            assertThatThrownBy(() -> TokenArguments.parse(List.of("DAN", "--email", address)))
                    .as(address).hasMessageContaining("--email " + address + " is not an e-mail address");
        }
        assertThatThrownBy(() -> TokenArguments.parse(List.of("DAN", "--email")))
                .hasMessageContaining("--email needs a value");
    }

    @Test
    void notices_an_academy_level_role_without_an_academy() {
        assertThat(TokenArguments.parse(List.of("CARDIE")).lacksAcademy()).isTrue();
    }

    @Test
    void accepts_exactly_the_thirty_ministry_codes() {
        assertThat(TokenArguments.ACADEMIES).hasSize(30).doesNotHaveDuplicates()
                .contains("01", "25", "70", "43").doesNotContain("05", "21", "26", "29", "30");
        TokenArguments.ACADEMIES.forEach(code ->
                assertThat(TokenArguments.parse(List.of("DAN", "--academy", code)).academy()).isEqualTo(code));
    }

    @Test
    void rejects_an_unknown_role_listing_the_known_ones() {
        assertThatThrownBy(() -> TokenArguments.parse(List.of("ADMIN")))
                .hasMessageContaining("unknown role ADMIN").hasMessageContaining("OPERATOR");
    }

    @Test
    void rejects_an_unknown_academy_code() {
        assertThatThrownBy(() -> TokenArguments.parse(List.of("DAN", "--academy", "5")))
                .hasMessageContaining("unknown académie code 5");
        assertThatThrownBy(() -> TokenArguments.parse(List.of("DAN", "--academy", "Versailles")))
                .hasMessageContaining("unknown académie code Versailles");
    }

    @Test
    void needs_at_least_one_role() {
        assertThatThrownBy(() -> TokenArguments.parse(List.of("--academy", "25")))
                .hasMessageContaining("at least one role").hasMessageContaining("usage:");
    }

    @Test
    void rejects_an_option_without_value_or_unknown() {
        assertThatThrownBy(() -> TokenArguments.parse(List.of("DAN", "--academy")))
                .hasMessageContaining("--academy needs a value");
        assertThatThrownBy(() -> TokenArguments.parse(List.of("DAN", "--role", "x")))
                .hasMessageContaining("unknown option --role");
    }

    @Test
    void reads_short_and_iso_durations_and_refuses_others() {
        assertThat(TokenArguments.ttl("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(TokenArguments.ttl("8h")).isEqualTo(Duration.ofHours(8));
        assertThat(TokenArguments.ttl("2d")).isEqualTo(Duration.ofDays(2));
        assertThat(TokenArguments.ttl("PT1H30M")).isEqualTo(Duration.ofMinutes(90));
        assertThatThrownBy(() -> TokenArguments.ttl("8 hours")).hasMessageContaining("not a duration");
        assertThatThrownBy(() -> TokenArguments.ttl("0m")).hasMessageContaining("must be positive");
    }
}
