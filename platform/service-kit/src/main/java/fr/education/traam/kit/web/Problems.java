package fr.education.traam.kit.web;

import org.springframework.http.ProblemDetail;

/** Builds problem details whose {@code type} is a stable URI a client can switch on, from a catalogue's entry. */
public final class Problems {

    public static final String TYPE_BASE = "https://traam.education.fr/problems/";

    private Problems() {
    }

    public static ProblemDetail of(ProblemType type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
        problem.setType(type.type());
        problem.setTitle(type.title());
        return problem;
    }

    public static ProblemDetail of(PlatformProblem problem, String detail) {
        return of(problem.type(), detail);
    }

    public static ProblemDetail unauthorized(String detail) {
        return of(PlatformProblem.UNAUTHORIZED, detail);
    }

    public static ProblemDetail forbidden(String detail) {
        return of(PlatformProblem.FORBIDDEN, detail);
    }
}
