package fr.education.traam.groups.work;

import fr.education.traam.kit.domain.Refused;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkLinkTest {

    @Test
    void keeps_an_https_address_with_its_host_in_lower_case() {
        assertThat(WorkLink.accepted("link", " https://Tribu.PHM.education.gouv.fr/traam?espace=ia ").toString())
                .isEqualTo("https://tribu.phm.education.gouv.fr/traam?espace=ia");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://pad.ac-lyon.fr/p/traam", "ftp://ac-lyon.fr/x", "pad.ac-lyon.fr/p/traam", "https:relative",
            "javascript:alert(1)", "https://user:secret@pad.ac-lyon.fr/p", "https://pad.ac-lyon.fr/p#section", "https://a b.fr/",
            "https:///no-host", " "})
    void refuses_what_is_not_an_https_address_without_credentials_or_fragment(String link) {
        assertThatThrownBy(() -> WorkLink.accepted("spaces[0].link", link)).isInstanceOfSatisfying(Refused.class,
                refused -> assertThat(refused.field()).isEqualTo("spaces[0].link"));
    }

    @Test
    void refuses_an_address_longer_than_two_thousand_characters() {
        assertThatThrownBy(() -> WorkLink.accepted("link", "https://ac-lyon.fr/" + "a".repeat(2000)))
                .isInstanceOf(Refused.class);
    }
}
