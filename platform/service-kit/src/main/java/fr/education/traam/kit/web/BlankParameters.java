package fr.education.traam.kit.web;

import java.beans.PropertyEditorSupport;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * A blank path or query parameter ({@code ?campaignId=}) is an absent one: Spring MVC would hand the blank string to
 * the controller, whose typed id refuses it with an exception of ours (a 500); as an absent value, a required parameter
 * is answered {@code 400 invalid-request} naming it, like any missing parameter. Bodies are Jackson's, not bound here.
 */
@ControllerAdvice
public class BlankParameters {

    @InitBinder
    void blankIsAbsent(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new BlankAsNull());
    }

    private static final class BlankAsNull extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            setValue(text == null || text.isBlank() ? null : text);
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }
}
