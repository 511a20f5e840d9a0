package fr.education.traam.dissemination.site;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/** Where a delivery is POSTed: the HTTP client, kept out of the rules. */
public interface Webhooks {

    /**
     * POSTs {@code body} as JSON with {@code headers} and waits at most {@code timeout} for the answer.
     *
     * @throws IOException when no answer came: refused connection, timeout, reset
     */
    Answer post(URI url, Map<String, String> headers, String body, Duration timeout) throws IOException;

    /** The status a site answered and its {@code Retry-After} header, if any. */
    record Answer(int status, String retryAfter) {
    }
}
