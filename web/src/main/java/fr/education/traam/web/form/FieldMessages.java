package fr.education.traam.web.form;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * What a field an API refused wants, in French, by the field's own name: the last segment of its JSON path, indexes
 * dropped ({@code content.scenario.steps[0].title} is {@code title}), looked up in {@code messages.properties} under a
 * form's family of keys ({@code scenario.field.title}). Said by what the field is, not by the rule's English wording,
 * so that a page need not follow each rule of a service to say it well. Shared by every form.
 */
@Component
public class FieldMessages {

    private final MessageSource messages;

    public FieldMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** The message {@code <family>.<field name>}, if the family has one for the field {@code path} names. */
    public Optional<String> wanted(String family, String path) {
        try {
            return Optional.of(messages.getMessage(family + "." + name(path), null, LocaleContextHolder.getLocale()));
        } catch (NoSuchMessageException none) {
            return Optional.empty();
        }
    }

    /** The message {@code key} itself, with {@code arguments} when it has placeholders. */
    public String say(String key, Object... arguments) {
        return messages.getMessage(key, arguments.length == 0 ? null : arguments, LocaleContextHolder.getLocale());
    }

    /** The field's own name: the last segment of its path, without indexes. */
    static String name(String path) {
        return path.substring(path.lastIndexOf('.') + 1).replaceAll("\\[\\d+]", "");
    }
}
