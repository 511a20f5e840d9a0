package fr.education.traam.kit.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import java.net.URI;

/** Builds problem details whose {@code type} is a stable URI a client can switch on. */
public final class Problems {

    public static final String TYPE_BASE = "https://traam.education.fr/problems/";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String code, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + code));
        problem.setTitle(title);
        return problem;
    }

    /** {@code capacity-reached} reads "Capacity reached": a title a person understands, stable like the type. */
    public static String titleOf(String code) {
        String words = code.replace('-', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public static ProblemDetail unauthorized(String detail) {
        return of(HttpStatus.UNAUTHORIZED, "unauthorized", "Authentication required", detail);
    }

    public static ProblemDetail forbidden(String detail) {
        return of(HttpStatus.FORBIDDEN, "forbidden", "Not allowed", detail);
    }
}
