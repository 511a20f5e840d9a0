package fr.education.traam.web.theme;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * {@code /theme/site.css}: the active theme's stylesheet, the one address the pages and the identity provider's login
 * page link, so that one switch restyles both. The platform's theme is its own look plus its components (timeline,
 * map); the DSFR theme imports the deployment's DSFR first and keeps only our components on top.
 */
@Controller
class SiteStylesheet {

    private final String css;

    SiteStylesheet(Theme theme, ThemeProperties properties) {
        String components = read("static/theme/components.css");
        // The pages link DSFR's sheet themselves too (fetched once); the login page links this one only.
        this.css = theme.dsfr()
                ? "@import url(\"" + Theme.dsfrStylesheet(properties.dsfr().baseUrl()) + "\");\n" + components
                : read("static/theme/traam.css") + "\n" + components;
    }

    @GetMapping(value = Theme.SITE_CSS, produces = "text/css")
    ResponseEntity<String> site() {
        return ResponseEntity.ok().contentType(new MediaType("text", "css", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic()).body(css);
    }

    private static String read(String path) {
        try {
            return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the theme's stylesheet " + path + " is missing from the jar", e);
        }
    }
}
