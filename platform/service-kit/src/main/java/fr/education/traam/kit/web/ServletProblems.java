package fr.education.traam.kit.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Problems written by servlet filters (security, body limit), which answer before Spring MVC and its converters. */
public final class ServletProblems {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ServletProblems() {
    }

    /**
     * Written by hand: outside Spring MVC there is no message converter to give ProblemDetail its JSON shape.
     * {@code path} is left out when null: a request the firewall refused has no path worth echoing.
     */
    public static void write(HttpServletResponse response, ProblemDetail problem, String path) throws IOException {
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
