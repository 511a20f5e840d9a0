package fr.education.traam.kit.security;

import fr.education.traam.kit.web.PlatformProblem;
import fr.education.traam.kit.web.Problems;
import fr.education.traam.kit.web.ServletProblems;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/** 401 and 403 answered by the security filters, as problem details like every other error. */
public final class ProblemSecurityHandlers {

    private ProblemSecurityHandlers() {
    }

    public static AuthenticationEntryPoint unauthorized() {
        return (request, response, exception) -> {
            String detail = exception instanceof InvalidBearerTokenException
                    ? "The bearer token is invalid or expired."
                    : "A valid bearer token is required.";
            response.setHeader("WWW-Authenticate", "Bearer");
            ServletProblems.write(response, Problems.unauthorized(detail), request.getRequestURI());
        };
    }

    public static AccessDeniedHandler forbidden() {
        return (request, response, exception) ->
                ServletProblems.write(response, Problems.forbidden("Your roles do not allow this action."), request.getRequestURI());
    }

    /**
     * A request the firewall turns away before any filter reads it — an encoded {@code ..}, CR LF or a {@code ;} in the
     * path — is a {@code 400 unreadable-request} problem, not Spring Boot's error page.
     */
    public static RequestRejectedHandler requestRejected() {
        return (request, response, exception) -> ServletProblems.write(response, Problems.of(PlatformProblem.UNREADABLE_REQUEST,
                "The request cannot be read: its path holds an encoded separator, a control character or a sequence the platform does not accept."),
                null);
    }
}
