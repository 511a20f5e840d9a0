package fr.education.traam.dissemination.site;

import fr.education.traam.kit.domain.Refused;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AcademicSiteTest {

    @ParameterizedTest(name = "{0} is kept as {1}")
    @CsvSource(delimiter = '|', value = {
            "https://www.ac-lyon.fr/traam/webhook              | https://www.ac-lyon.fr/traam/webhook",
            "HTTPS://WWW.AC-LYON.FR:443/traam/./hooks/../webhook | https://www.ac-lyon.fr/traam/webhook",
            "http://sites.ac-nice.fr:80                         | http://sites.ac-nice.fr/",
            "http://sites.ac-nice.fr:8080/hook?site=7           | http://sites.ac-nice.fr:8080/hook?site=7"})
    void a_webhook_url_is_kept_in_one_form(String given, String kept) {
        assertThat(AcademicSite.keptWebhookUrl(URI.create(given))).isEqualTo(URI.create(kept));
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {
            "https://dan:motdepasse@www.ac-lyon.fr/webhook",
            "https://token@www.ac-lyon.fr/webhook",
            "https://www.ac-lyon.fr/webhook#secret",
            "ftp://www.ac-lyon.fr/webhook",
            "mailto:dan@ac-lyon.fr",
            "/webhook"})
    void a_webhook_url_with_credentials_or_not_a_web_address_is_refused_naming_the_field(String given) {
        assertThatThrownBy(() -> AcademicSite.keptWebhookUrl(URI.create(given))).isInstanceOfSatisfying(Refused.class,
                refused -> assertThat(refused.field()).isEqualTo("webhookUrl"));
    }

    @Test
    void a_webhook_url_is_bounded() {
        URI longest = URI.create("https://www.ac-lyon.fr/" + "a".repeat(AcademicSite.MAX_WEBHOOK_URL - 23));
        assertThat(AcademicSite.keptWebhookUrl(longest)).isEqualTo(longest);
        assertThatThrownBy(() -> AcademicSite.keptWebhookUrl(URI.create(longest + "a"))).isInstanceOf(Refused.class);
    }
}
