package fr.education.traam.gateway.problem;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;

/** The problems the gateway answers with; each has a stable {@code type} URI clients may rely on. */
public final class Problems {

    private static final String TYPE_BASE = "https://traam.education.fr/problems/";

    public static final URI SERVICE_UNAVAILABLE = URI.create(TYPE_BASE + "service-unavailable");
    public static final URI INVALID_TOKEN = URI.create(TYPE_BASE + "invalid-token");
    public static final URI ACCESS_DENIED = URI.create(TYPE_BASE + "access-denied");
    public static final URI TOO_MANY_REQUESTS = URI.create(TYPE_BASE + "too-many-requests");
    public static final URI LOGIN_FAILED = URI.create(TYPE_BASE + "login-failed");
    public static final URI NOT_FOUND = URI.create(TYPE_BASE + "not-found");
    public static final URI INTERNAL_ERROR = URI.create(TYPE_BASE + "internal-error");
    // The same slugs as the services' platform problems where the refusal is the same.
    public static final URI CONTENT_TOO_LARGE = URI.create(TYPE_BASE + "content-too-large");
    public static final URI METHOD_NOT_ALLOWED = URI.create(TYPE_BASE + "method-not-allowed");
    public static final URI METHOD_NOT_IMPLEMENTED = URI.create(TYPE_BASE + "method-not-implemented");
    public static final URI URI_TOO_LONG = URI.create(TYPE_BASE + "uri-too-long");
    public static final URI HEADERS_TOO_LARGE = URI.create(TYPE_BASE + "headers-too-large");
    public static final URI MALFORMED_REQUEST = URI.create(TYPE_BASE + "malformed-request");
    public static final URI REJECTED_REQUEST = URI.create(TYPE_BASE + "rejected-request");

    private Problems() {
    }

    public static ProblemDetail serviceUnavailable(String service, String instance) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, SERVICE_UNAVAILABLE, "Service unavailable",
                "The " + service + " service is unavailable or did not answer in time; try again later.", instance);
    }

    public static ProblemDetail invalidToken(String instance) {
        return problem(HttpStatus.UNAUTHORIZED, INVALID_TOKEN, "Invalid bearer token",
                "The bearer token is malformed, expired, not yet valid, wrongly signed or from another issuer.",
                instance);
    }

    public static ProblemDetail accessDenied(String instance) {
        return problem(HttpStatus.FORBIDDEN, ACCESS_DENIED, "Access denied",
                "The bearer token does not grant access to this resource.", instance);
    }

    /**
     * A login that did not complete, in French: a browser's person reads it. {@code error} is the OAuth 2.0 error code
     * ({@code access_denied}, {@code authorization_request_not_found} for a state that matches no login started…).
     */
    public static ProblemDetail loginFailed(String error, String instance) {
        ProblemDetail problem = problem(HttpStatus.UNAUTHORIZED, LOGIN_FAILED, "Connexion impossible",
                "La connexion n'a pas abouti : elle a été refusée, ou la demande a expiré avant le retour. "
                        + "Réessayez depuis /connexion.",
                instance);
        problem.setProperty("error", error);
        return problem;
    }

    public static ProblemDetail tooManyRequests(long retryAfterSeconds, String instance) {
        return problem(HttpStatus.TOO_MANY_REQUESTS, TOO_MANY_REQUESTS, "Too many requests",
                "The request rate limit for this client is exceeded; retry after " + retryAfterSeconds + " s.",
                instance);
    }

    public static ProblemDetail contentTooLarge(DataSize limit, String instance) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, CONTENT_TOO_LARGE, "Content too large",
                "The request body is larger than the " + readable(limit) + " this path accepts.", instance);
    }

    public static ProblemDetail methodNotAllowed(String method, String instance) {
        return problem(HttpStatus.METHOD_NOT_ALLOWED, METHOD_NOT_ALLOWED, "Method not allowed",
                "The gateway does not accept " + method + " requests.", instance);
    }

    public static ProblemDetail methodNotImplemented(String method, String instance) {
        return problem(HttpStatus.NOT_IMPLEMENTED, METHOD_NOT_IMPLEMENTED, "Method not implemented",
                "The gateway does not know the method " + method + ".", instance);
    }

    /** A request the firewall turned away before routing: a path that could reach another route, or odd headers. */
    public static ProblemDetail rejectedRequest(String detail, String instance) {
        return problem(HttpStatus.BAD_REQUEST, REJECTED_REQUEST, "Request rejected", detail, instance);
    }

    /**
     * A request Netty could not decode: its line or headers too long, or not HTTP. No instance: its path is the part
     * that could not be read.
     */
    public static ProblemDetail decodingFailure(Throwable cause) {
        if (cause instanceof TooLongHttpLineException) {
            return problem(HttpStatus.URI_TOO_LONG, URI_TOO_LONG, "URI too long",
                    "The request line (method, path and query) is longer than the gateway accepts.", null);
        }
        if (cause instanceof TooLongHttpHeaderException) {
            return problem(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, HEADERS_TOO_LARGE, "Headers too large",
                    "The request headers are larger than the gateway accepts.", null);
        }
        return problem(HttpStatus.BAD_REQUEST, MALFORMED_REQUEST, "Malformed request",
                "The request is not well-formed HTTP/1.1.", null);
    }

    /** A request target that is no URI: characters that must be percent-encoded, such as a raw backslash or space. */
    public static ProblemDetail invalidTarget() {
        return problem(HttpStatus.BAD_REQUEST, MALFORMED_REQUEST, "Malformed request",
                "The request target is not a valid URI: percent-encode its reserved characters.", null);
    }

    /** Errors raised by the gateway itself (no route, method not allowed, internal failure). */
    public static ProblemDetail forStatus(HttpStatusCode status, String instance) {
        HttpStatus known = HttpStatus.resolve(status.value());
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status.value();
        if (status.value() == HttpStatus.NOT_FOUND.value()) {
            return problem(status, NOT_FOUND, title, "No route or resource matches this path.", instance);
        }
        if (status.value() == HttpStatus.METHOD_NOT_ALLOWED.value()) {
            return problem(status, METHOD_NOT_ALLOWED, "Method not allowed",
                    "This path does not accept this method; the Allow header lists those it does.", instance);
        }
        if (status.is5xxServerError()) {
            return problem(status, INTERNAL_ERROR, title, "The gateway could not handle this request.", instance);
        }
        // RFC 9457 §4.2.1: about:blank means "nothing more than the HTTP status", which is all we know here.
        return problem(status, URI.create("about:blank"), title, "The gateway rejected this request.", instance);
    }

    private static ProblemDetail problem(HttpStatusCode status, URI type, String title, String detail,
            String instance) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        problem.setInstance(instanceOf(instance));
        return problem;
    }

    /** The path as a relative URI; none when the path is not one (a raw backslash), as the firewall sees. */
    private static URI instanceOf(String path) {
        if (path == null) {
            return null;
        }
        try {
            return new URI(path);
        }
        catch (URISyntaxException notAUri) {
            return null;
        }
    }

    private static String readable(DataSize size) {
        long bytes = size.toBytes();
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return size.toMegabytes() + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return size.toKilobytes() + " KB";
        }
        return String.format(Locale.ROOT, "%d bytes", bytes);
    }
}
