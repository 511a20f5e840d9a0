package fr.education.traam.web.api;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A refusal said in French for a form: the message of its type ({@code problem.<type>} in {@code messages.properties}),
 * else of its status, so a person never reads the service's English detail alone. Shared by every role's forms.
 */
@Component
public class Refusals {

    private final MessageSource messages;

    Refusals(MessageSource messages) {
        this.messages = messages;
    }

    public String say(ApiProblem problem) {
        String byStatus = messages.getMessage("problem.status." + problem.status(), null,
                messages.getMessage("problem.status.default", null, LocaleContextHolder.getLocale()), LocaleContextHolder.getLocale());
        return messages.getMessage("problem." + problem.type(), null, byStatus, LocaleContextHolder.getLocale());
    }

    /** Whether the refusal is a stale {@code If-Match}: someone changed the resource since the page was read. */
    public static boolean stale(ApiProblem problem) {
        return problem.status() == 412;
    }
}
