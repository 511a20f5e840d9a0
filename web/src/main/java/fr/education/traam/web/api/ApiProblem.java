package fr.education.traam.web.api;

/**
 * The API refused or could not answer: its RFC 9457 problem's status and type (the last segment of its {@code type}
 * URI, e.g. {@code campaign-not-found}), which the error page turns into a French message ({@code messages.properties},
 * {@code problem.<type>}). Status 503 with type {@code api-unavailable} when the gateway did not answer at all.
 */
public class ApiProblem extends RuntimeException {

    public static final String UNAVAILABLE = "api-unavailable";
    public static final String UNREADABLE = "api-unreadable";

    private final int status;
    private final String type;

    public ApiProblem(int status, String type, String detail) {
        super(status + " " + type + (detail == null ? "" : ": " + detail));
        this.status = status;
        this.type = type;
    }

    public static ApiProblem unavailable(Throwable cause) {
        ApiProblem problem = new ApiProblem(503, UNAVAILABLE, cause.getMessage());
        problem.initCause(cause);
        return problem;
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public boolean notFound() {
        return status == 404;
    }
}
