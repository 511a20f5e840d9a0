package fr.education.traam.web.theme;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThemeTest {

    @Test
    void the_platform_theme_links_its_own_stylesheet_and_uses_its_own_classes() {
        Theme theme = Theme.of(new ThemeProperties(ThemeProperties.Name.TRAAM, new ThemeProperties.Dsfr(null)));

        assertThat(theme.stylesheets()).containsExactly("/theme/site.css");
        assertThat(theme.button()).isEqualTo("t-btn");
        assertThat(theme.card()).isEqualTo("t-card");
        assertThat(theme.dsfr()).isFalse();
    }

    @Test
    void the_dsfr_theme_links_the_deployment_s_dsfr_then_ours_and_swaps_the_component_classes() {
        Theme theme = Theme.of(new ThemeProperties(ThemeProperties.Name.DSFR,
                new ThemeProperties.Dsfr(URI.create("https://static.education.gouv.fr/dsfr/1.13/dist"))));

        assertThat(theme.stylesheets()).containsExactly("https://static.education.gouv.fr/dsfr/1.13/dist/dsfr.min.css", "/theme/site.css");
        assertThat(theme.button()).isEqualTo("fr-btn");
        assertThat(theme.buttonSecondary()).isEqualTo("fr-btn fr-btn--secondary");
        assertThat(theme.tag()).isEqualTo("fr-tag");
        assertThat(theme.alertError()).isEqualTo("fr-alert fr-alert--error");
        assertThat(theme.container()).isEqualTo("fr-container");
        assertThat(theme.dsfr()).isTrue();
    }

    @Test
    void the_dsfr_theme_without_the_deployment_s_address_does_not_start() {
        assertThatThrownBy(() -> Theme.of(new ThemeProperties(ThemeProperties.Name.DSFR, new ThemeProperties.Dsfr(null))))
                .hasMessageContaining("traam.web.dsfr.base-url");
    }
}
