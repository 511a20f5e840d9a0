package fr.education.traam.dissemination.site.application;

import fr.education.traam.kit.domain.Refused;
import fr.education.traam.kit.domain.CommonRefusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The address rule of the default profile (private addresses not allowed), with real name resolution. */
class WebhookAddressesTest {

    private final WebhookAddresses production = WebhookAddresses.allowingPrivate(false);

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost/hook", "http://127.0.0.1/hook", "http://127.8.9.10:8080/hook", "http://10.1.2.3/hook",
            "http://172.16.5.4/hook", "http://192.168.1.1/hook", "http://169.254.169.254/latest/meta-data", "http://0.0.0.0/hook",
            "http://100.64.0.1/hook", "http://[::1]/hook", "http://[fd00::1]/hook", "http://[fe80::1]/hook", "http://[::ffff:127.0.0.1]/hook",
            "http://224.0.0.1/hook"})
    void refuses_a_webhook_that_resolves_to_a_loopback_link_local_or_private_address_naming_the_field(String url) {
        assertThatThrownBy(() -> production.check(URI.create(url)))
                .isInstanceOfSatisfying(Refused.class, problem -> {
                    assertThat(problem.refusal()).isEqualTo(CommonRefusal.INVALID_VALUE);
                    assertThat(problem.field()).isEqualTo("webhookUrl");
                });
    }

    @Test
    void accepts_a_public_address_and_anything_where_private_addresses_are_allowed() {
        production.check(URI.create("https://93.184.215.14/hook"));
        production.check(URI.create("https://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/hook"));
        WebhookAddresses.allowingPrivate(true).check(URI.create("http://127.0.0.1:8099/hook"));
    }
}
