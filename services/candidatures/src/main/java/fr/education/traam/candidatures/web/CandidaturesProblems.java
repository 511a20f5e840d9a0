package fr.education.traam.candidatures.web;

import fr.education.traam.candidatures.candidature.CandidatureRefusal;
import fr.education.traam.candidatures.fileimport.DedicatedFileRefusal;
import fr.education.traam.candidatures.selection.SelectionRefusal;
import fr.education.traam.kit.web.ProblemCatalogue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static fr.education.traam.kit.web.ProblemType.conflict;
import static fr.education.traam.kit.web.ProblemType.forbidden;
import static fr.education.traam.kit.web.ProblemType.notFound;
import static fr.education.traam.kit.web.ProblemType.unprocessable;
import static fr.education.traam.kit.web.ProblemType.unsupportedMediaType;

/**
 * The candidatures service's problem catalogue: every refusal of its features with its stable type, title and status
 * (the campaign view's own come with the library). The switches have no default, so a new refusal does not compile
 * until it has its problem; the API docs list them all.
 */
@Configuration(proxyBeanMethods = false)
class CandidaturesProblems {

    @Bean
    ProblemCatalogue candidatureProblems() {
        return ProblemCatalogue.of(CandidatureRefusal.class, refusal -> switch (refusal) {
            case CANDIDATURE_NOT_FOUND -> notFound("candidature-not-found", "Candidature not found");
            case CANDIDATURE_EXISTS -> conflict("candidature-exists", "Candidature exists");
            case CANDIDATURE_WITHDRAWN -> conflict("candidature-withdrawn", "Candidature withdrawn");
            case CALL_NOT_OPEN -> conflict("call-not-open", "Call not open");
            case THEME_WITHDRAWN -> conflict("theme-withdrawn", "Theme withdrawn");
            case OTHER_ACADEMY -> forbidden("other-academy", "Another académie's");
            case NO_ACADEMY -> forbidden("no-academy", "No académie");
            case UNKNOWN_DISCIPLINE -> unprocessable("unknown-discipline", "Unknown discipline");
        });
    }

    @Bean
    ProblemCatalogue dedicatedFileProblems() {
        return ProblemCatalogue.of(DedicatedFileRefusal.class, refusal -> switch (refusal) {
            case IMPORT_NOT_FOUND -> notFound("import-not-found", "Import not found");
            case IMPORT_RUNNING -> conflict("import-running", "Import running");
            case IMPORT_FINISHED -> conflict("import-finished", "Import finished");
            case NOT_A_SPREADSHEET -> unsupportedMediaType("not-a-spreadsheet", "Not a spreadsheet");
            case NOT_UTF_8 -> unprocessable("not-utf-8", "Not UTF-8");
            case MALFORMED_CSV -> unprocessable("malformed-csv", "Malformed CSV");
            case UNREADABLE_WORKBOOK -> unprocessable("unreadable-workbook", "Unreadable workbook");
            case INVALID_DEDICATED_FILE -> unprocessable("invalid-dedicated-file", "Invalid dedicated file");
        });
    }

    @Bean
    ProblemCatalogue selectionProblems() {
        return ProblemCatalogue.of(SelectionRefusal.class, refusal -> switch (refusal) {
            case NOT_THEME_EXPERT -> forbidden("not-theme-expert", "Not the theme's expert");
            case NO_DECISION -> notFound("no-decision", "No decision");
            case SELECTION_NOT_PUBLISHED -> notFound("selection-not-published", "Selection not published");
            case SELECTION_NOT_YET_PUBLISHED -> conflict("selection-not-yet-published", "Selection not yet published");
            case SELECTION_OUT_OF_DATE -> conflict("selection-out-of-date", "Selection out of date");
            case AMENDMENTS_CLOSED -> conflict("amendments-closed", "Amendments closed");
            case NO_CHANGE -> conflict("no-change", "No change");
            case NOT_NATIONAL_SELECTION -> conflict("not-national-selection", "Not the national selection phase");
            case SELECTION_PUBLISHED -> conflict("selection-published", "Selection published");
            case NO_LIVE_CANDIDATURE -> conflict("no-live-candidature", "No live candidature");
            case CAPACITY_REACHED -> conflict("capacity-reached", "Capacity reached");
            case PLACES_KEPT_FOR_CONTINUATIONS -> conflict("places-kept-for-continuations", "Places kept for continuations");
            case NOT_IN_YEAR_ONE -> unprocessable("not-in-year-one", "Not in year one");
            case TOO_FEW_CONTINUATIONS -> unprocessable("too-few-continuations", "Too few continuations");
        });
    }
}
