package fr.education.traam.web.error;

import fr.education.traam.web.api.ApiProblem;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A problem from the API becomes a French page with the status it deserves: the service's refusal (404 for an
 * unknown campaign) or 503 when the platform does not answer. The message comes from {@code messages.properties}
 * ({@code problem.<type>}, else {@code problem.status.<status>}); never the service's detail, never a stack trace.
 */
@ControllerAdvice
class ErrorPages {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

    private final MessageSource messages;

    ErrorPages(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ApiProblem.class)
    String apiProblem(ApiProblem problem, HttpServletResponse response, Model model) {
        if (problem.status() >= 500) {
            LOG.warn("the API did not answer: {}", problem.getMessage());
        }
        response.setStatus(problem.status());
        model.addAttribute("status", problem.status());
        model.addAttribute("problemTitle", message("problem.title." + problem.status(), "problem.title.default"));
        model.addAttribute("problemMessage", message("problem." + problem.type(), "problem.status." + problem.status()));
        return "error";
    }

    private String message(String code, String fallback) {
        String found = messages.getMessage(code, null, null, LocaleContextHolder.getLocale());
        return found != null ? found : messages.getMessage(fallback, null, messages.getMessage("problem.status.default", null,
                LocaleContextHolder.getLocale()), LocaleContextHolder.getLocale());
    }
}
