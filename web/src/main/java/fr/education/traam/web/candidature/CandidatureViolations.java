package fr.education.traam.web.candidature;

import fr.education.traam.web.api.ApiAnswer;
import fr.education.traam.web.api.FormErrors;
import fr.education.traam.web.form.FieldMessages;
import fr.education.traam.web.form.FieldPaths;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields of a candidature the API refused ({@code 400 invalid-request}, each named by its JSON path, its reason in
 * English), said in French beside each field: where it is ("Enseignant 2, adresse") and what the field wants, from
 * {@code messages.properties} ({@code candidature.where.*}, and {@code candidature.field.*} through
 * {@link FieldMessages}).
 */
@Component
class CandidatureViolations {

    private static final Pattern PATH = Pattern.compile("(projects|team\\.teachers)\\[(\\d+)]\\.?(.*)|team\\.(inspector|referent|cardie)\\.?(.*)|(.*)");

    private final FieldMessages messages;

    CandidatureViolations(FieldMessages messages) {
        this.messages = messages;
    }

    FormErrors say(List<ApiAnswer.Violation> violations) {
        return new FormErrors(violations.stream()
                .map(v -> new FormErrors.Line(FieldPaths.id(v.field()), sentence(v.field())))
                .distinct().toList());
    }

    /** "Projet 1, titre : …", "Enseignants : …", from the path alone. */
    String sentence(String path) {
        Matcher matcher = PATH.matcher(path);
        matcher.matches();
        String where;
        String field;
        if (matcher.group(1) != null) {
            int position = Integer.parseInt(matcher.group(2)) + 1;
            where = messages.say("candidature.where." + (matcher.group(1).equals("projects") ? "project" : "teacher"), position);
            field = matcher.group(3);
        } else if (matcher.group(4) != null) {
            where = messages.say("candidature.where." + matcher.group(4));
            field = matcher.group(5);
        } else {
            where = null;
            field = path.startsWith("team.") ? path.substring("team.".length()) : path;
        }
        String wanted = messages.wanted("candidature.field", field.isEmpty() ? "row" : field)
                .orElseGet(() -> messages.say("candidature.field.default"));
        return where == null ? capitalised(wanted) : where + " : " + wanted;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.FRENCH) + text.substring(1);
    }

}
