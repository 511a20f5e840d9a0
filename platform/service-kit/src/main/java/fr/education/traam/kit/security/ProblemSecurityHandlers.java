package fr.education.traam.kit.security;

import fr.education.traam.kit.web.PlatformProblem;
import fr.education.traam.kit.web.Problems;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** 401 and 403 answered by the security filters, as problem details like every other error. */
public final class ProblemSecurityHandlers {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemSecurityHandlers() {
    }

    public static AuthenticationEntryPoint unauthorized() {
        return (request, response, exception) -> {
            String detail = exception instanceof InvalidBearerTokenException
                    ? "The bearer token is invalid or expired."
                    : "A valid bearer token is required.";
            response.setHeader("WWW-Authenticate", "Bearer");
            write(response, Problems.unauthorized(detail), request.getRequestURI());
        };
    }

    public static AccessDeniedHandler forbidden() {
        return (request, response, exception) ->
                write(response, Problems.forbidden("Your roles do not allow this action."), request.getRequestURI());
    }

    /**
     * A request the firewall turns away before any filter reads it — an encoded {@code ..}, CR LF or a {@code ;} in the
     * path — is a {@code 400 unreadable-request} problem, not Spring Boot's error page.
     */
    public static RequestRejectedHandler requestRejected() {
        return (request, response, exception) -> write(response, Problems.of(PlatformProblem.UNREADABLE_REQUEST,
                "The request cannot be read: its path holds an encoded separator, a control character or a sequence the platform does not accept."),
                null);
    }

    /** Written by hand: outside Spring MVC there is no message converter to give ProblemDetail its JSON shape. */
    private static void write(HttpServletResponse response, ProblemDetail problem, String path) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (path != null) {
            body.put("instance", path);
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JSON.writeValue(response.getOutputStream(), body);
    }
}
