package fr.education.traam.web.espace;

import fr.education.traam.web.security.Visitors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /espace}: a logged-in person's home, who they are and where their roles lead (the security chain guards it). */
@Controller
class EspacePage {

    private final Visitors visitors;

    EspacePage(Visitors visitors) {
        this.visitors = visitors;
    }

    @GetMapping("/espace")
    String espace(Model model) {
        var person = visitors.current().person();
        model.addAttribute("person", person);
        model.addAttribute("screens", Screens.of(person));
        return "espace/espace";
    }
}
