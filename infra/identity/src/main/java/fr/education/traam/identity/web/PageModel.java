package fr.education.traam.identity.web;

import fr.education.traam.identity.config.IdentityProperties;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page of the provider links: the platform's stylesheet and its home page. */
@ControllerAdvice(assignableTypes = {LoginPages.class, ErrorPages.class})
class PageModel {

    private final IdentityProperties properties;

    PageModel(IdentityProperties properties) {
        this.properties = properties;
    }

    @ModelAttribute("stylesheet")
    String stylesheet() {
        return properties.stylesheetUrl().toString();
    }

    @ModelAttribute("home")
    String home() {
        return properties.publicBaseUrl().toString().replaceAll("/+$", "") + "/";
    }
}
