package fr.education.traam.web.theme;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;

/**
 * Which theme the pages wear ({@code traam.web.theme}): the platform's own, or the State design system, whose files a
 * ministry deployment serves itself at {@code traam.web.dsfr.base-url} (their terms restrict them to government sites,
 * so we do not bundle them).
 */
@ConfigurationProperties("traam.web")
public record ThemeProperties(@DefaultValue("traam") Name theme, @DefaultValue Dsfr dsfr) {

    public enum Name { TRAAM, DSFR }

    /** @param baseUrl where the deployment serves DSFR's {@code dist} folder (its {@code dsfr.min.css}) */
    public record Dsfr(URI baseUrl) {
    }
}
