package fr.education.traam.identity.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error outside the protocol's own (the OAuth2 endpoints answer with OAuth2's JSON errors): a French page for a
 * browser, an RFC 9457 problem for anything else, never a stack trace.
 */
@Controller
class ErrorPages implements ErrorController {

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    String page(HttpServletRequest request, HttpServletResponse response, Model model) {
        HttpStatus status = status(request);
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("title", title(status));
        model.addAttribute("explanation", explanation(status));
        return "error";
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        HttpStatus status = status(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, explanation(status));
        problem.setTitle(title(status));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String title(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "Demande incorrecte";
            case UNAUTHORIZED -> "Connexion nécessaire";
            case FORBIDDEN -> "Accès refusé";
            case NOT_FOUND -> "Page introuvable";
            case METHOD_NOT_ALLOWED -> "Méthode non permise";
            default -> status.is4xxClientError() ? "Demande refusée" : "Erreur du service de connexion";
        };
    }

    private static String explanation(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "La demande de connexion est incomplète ou ne vient pas d'une application connue. "
                    + "Revenez à la plateforme et reprenez la connexion depuis son bouton « Se connecter ».";
            case NOT_FOUND -> "Cette adresse ne correspond à aucune page du service de connexion.";
            case UNAUTHORIZED, FORBIDDEN -> "Cette page demande une connexion ou des droits que vous n'avez pas.";
            default -> status.is4xxClientError()
                    ? "Le service de connexion ne peut pas traiter cette demande."
                    : "Le service de connexion a rencontré un problème. Réessayez dans un instant.";
        };
    }
}
