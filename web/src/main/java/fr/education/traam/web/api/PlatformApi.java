package fr.education.traam.web.api;

import fr.education.traam.web.security.Visitors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.util.UriBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Optional;
import java.util.function.Function;

/**
 * The platform's HTTP API as the pages read it, through the gateway, on the visitor's behalf: their bearer is
 * forwarded when they have one, so the services decide what they see. A problem answer becomes an {@link ApiProblem}
 * (the error page says it in French), an absent gateway one with status 503; neither is ever a 500.
 */
@Component
public class PlatformApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Logger LOG = LoggerFactory.getLogger(PlatformApi.class);

    private final RestClient client;
    private final Visitors visitors;

    PlatformApi(RestClient.Builder builder, ApiProperties properties, Visitors visitors) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(properties.timeout());
        requests.setReadTimeout(properties.timeout());
        this.client = builder.baseUrl(properties.apiUrl().toString()).requestFactory(requests)
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE).build();
        this.visitors = visitors;
    }

    /** GET {@code path} (with its query built by {@code uri}) read as {@code type}. */
    public <T> T get(Function<UriBuilder, URI> uri, Class<T> type) {
        try {
            RestClient.RequestHeadersSpec<?> request = client.get().uri(uri);
            visitors.bearer().ifPresent(token -> request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
            return request.retrieve().onStatus(HttpStatusCode::isError, (req, response) -> {
                throw problem(response);
            }).body(type);
        } catch (ResourceAccessException e) {
            throw ApiProblem.unavailable(e);
        } catch (RestClientException e) {
            // An answer this page cannot read is our bug, not the visitor's: logged, said in French.
            LOG.error("cannot read the API's answer", e);
            throw new ApiProblem(502, ApiProblem.UNREADABLE, e.getMessage());
        }
    }

    public <T> T get(String path, Class<T> type) {
        return get(uri -> uri.path(path).build(), type);
    }

    /** The same, with a 404 read as nothing: an unpublished selection, a theme that has no groups yet. */
    public <T> Optional<T> find(Function<UriBuilder, URI> uri, Class<T> type) {
        try {
            return Optional.ofNullable(get(uri, type));
        } catch (ApiProblem problem) {
            if (problem.notFound()) {
                return Optional.empty();
            }
            throw problem;
        }
    }

    private static ApiProblem problem(ClientHttpResponse response) throws IOException {
        int status = response.getStatusCode().value();
        String type = "status-" + status;
        String detail = null;
        try (InputStream body = response.getBody()) {
            JsonNode problem = JSON.readTree(body);
            String uri = problem.path("type").asString("");
            if (!uri.isBlank() && !uri.equals("about:blank")) {
                type = uri.substring(uri.lastIndexOf('/') + 1);
            }
            detail = problem.path("detail").asString(null);
        } catch (RuntimeException notJson) {
            // A proxy's HTML page or an empty body: the status alone says what happened.
        }
        // The page answers a service's failure as "unavailable", a refusal with the service's own status.
        return new ApiProblem(status >= 500 ? 503 : status, type, detail);
    }
}
