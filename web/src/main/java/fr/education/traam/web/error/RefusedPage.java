package fr.education.traam.web.error;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Where Spring Security forwards a refused request (a form sent without its CSRF token, an expired page): the
 * French 403 page, whatever the method of the request it replaces.
 */
@Controller
class RefusedPage {

    private final MessageSource messages;

    RefusedPage(MessageSource messages) {
        this.messages = messages;
    }

    @RequestMapping("/acces-refuse")
    String refused(Model model) {
        model.addAttribute("status", 403);
        model.addAttribute("problemTitle", messages.getMessage("problem.title.403", null, LocaleContextHolder.getLocale()));
        model.addAttribute("problemMessage", messages.getMessage("problem.status.403", null, LocaleContextHolder.getLocale()));
        return "error";
    }
}
