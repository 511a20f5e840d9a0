package fr.education.traam.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlatformSettingsTest {

    @Test
    void a_busy_machine_gives_each_component_longer_to_start_through_the_environment() {
        assertThat(PlatformSettings.defaults(Components.bundled(), Map.of("TRAAM_STARTUP_TIMEOUT", "600")).startupTimeout())
                .isEqualTo(Duration.ofSeconds(600));
        assertThat(PlatformSettings.defaults(Components.bundled(), Map.of()).startupTimeout())
                .isEqualTo(PlatformSettings.defaults(Components.bundled()).startupTimeout());
    }

    /** The ports the docs give, each checked free before anything starts. */
    @Test
    void the_documented_setup_serves_mail_on_3025_and_shows_it_on_8025() {
        PlatformSettings settings = PlatformSettings.defaults(Components.bundled());

        assertThat(settings.smtpPort()).isEqualTo(3025);
        assertThat(settings.mailViewUrl()).hasToString("http://localhost:8025");
        assertThat(settings.ports()).containsEntry(3025, "SMTP").containsEntry(8025, "mail view");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "10m", "soon"})
    void a_start_up_limit_that_is_no_number_of_seconds_is_refused_naming_the_variable(String value) {
        assertThatThrownBy(() -> PlatformSettings.defaults(Components.bundled(), Map.of("TRAAM_STARTUP_TIMEOUT", value)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TRAAM_STARTUP_TIMEOUT is a number of seconds").hasMessageContaining(value);
    }
}
