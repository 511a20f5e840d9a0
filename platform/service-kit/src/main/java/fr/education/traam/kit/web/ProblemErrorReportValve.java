package fr.education.traam.kit.web;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's own refusals, made before a request reaches Spring MVC — a path holding NUL, an encoded {@code /} or a
 * malformed percent-encoding — answered as problem details instead of Tomcat's HTML page. Anything Spring MVC answered
 * has its body written already, and is left alone.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Puts the valve in place of every other error report valve of the host. Ordered last, so that it runs after Boot's
     * own customizer has added the plain valve it replaces.
     */
    public static final class Installer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> install(context.getParent()));
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    static void install(Container host) {
        if (!(host instanceof StandardHost standardHost)) {
            return;
        }
        for (Valve valve : standardHost.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorReportValve)) {
                standardHost.getPipeline().removeValve(valve);
            }
        }
        standardHost.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        ProblemDetail problem = problemFor(status);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", status);
        body.put("detail", problem.getDetail());
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("utf-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(JSON.writeValueAsString(body));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response was committed meanwhile: nothing more can be said.
        }
    }

    private static ProblemDetail problemFor(int status) {
        if (status == HttpStatus.BAD_REQUEST.value()) {
            return Problems.of(PlatformProblem.UNREADABLE_REQUEST,
                    "The request cannot be read: its path or query holds a control character, an encoded separator or a malformed percent-encoding.");
        }
        return PlatformProblem.forStatus(status).map(known -> Problems.of(known, "The request could not be handled."))
                .orElseGet(() -> {
                    ProblemDetail unknown = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), "The request could not be handled.");
                    HttpStatus resolved = HttpStatus.resolve(status);
                    unknown.setType(java.net.URI.create(Problems.TYPE_BASE + (resolved == null ? "http-" + status
                            : resolved.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))));
                    unknown.setTitle(resolved == null ? "Error " + status : resolved.getReasonPhrase());
                    return unknown;
                });
    }
}
