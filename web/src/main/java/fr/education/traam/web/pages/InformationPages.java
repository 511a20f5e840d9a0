package fr.education.traam.web.pages;

import fr.education.traam.web.security.Visitors;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The footer's pages, and web's side of logging in and out: the gateway answers {@code /connexion} and
 * {@code POST /deconnexion} itself; a request that reaches web anyway (web opened without the gateway) is sent on.
 */
@Controller
class InformationPages {

    private final Visitors visitors;

    InformationPages(Visitors visitors) {
        this.visitors = visitors;
    }

    @GetMapping("/accessibilite")
    String accessibility() {
        return "pages/accessibilite";
    }

    @GetMapping("/mentions-legales")
    String legalNotice() {
        return "pages/mentions-legales";
    }

    @GetMapping("/donnees-personnelles")
    String personalData() {
        return "pages/donnees-personnelles";
    }

    /** Logged in (the gateway relayed a token): to the person's home; else a page saying where logging in happens. */
    @GetMapping("/connexion")
    String login() {
        return visitors.current().loggedIn() ? "redirect:/espace" : "pages/connexion";
    }

    @PostMapping("/deconnexion")
    String logout() {
        return "redirect:/";
    }
}
