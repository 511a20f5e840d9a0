package fr.education.traam.web.api;

import fr.education.traam.web.security.Visitors;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
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
import java.io.OutputStream;
import java.net.URI;
import java.util.Optional;
import java.util.function.Consumer;
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

    /**
     * A read whose version matters (a form that changes what it shows sends it back as {@code If-Match}): the answer
     * with its {@code ETag}; a refusal is thrown as for {@link #get}.
     */
    public ApiAnswer read(String path) {
        ApiAnswer answer = exchange(client.get().uri(uri -> uri.path(path).build()));
        answer.refusal().ifPresent(refusal -> {
            throw refusal;
        });
        return answer;
    }

    /**
     * A change on the person's behalf: {@code method} on {@code path} with {@code body} as JSON (none when null), guarded
     * by {@code ifMatch} when given. A refusal (4xx) is returned, not thrown, so the form can show it beside its fields;
     * a failing or absent service is thrown as 503.
     */
    public ApiAnswer send(HttpMethod method, String path, Object body, String ifMatch) {
        RestClient.RequestBodySpec request = client.method(method).uri(uri -> uri.path(path).build());
        if (ifMatch != null) {
            request.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(JSON.writeValueAsString(body));
        }
        return exchange(request);
    }

    /**
     * An upload on the person's behalf: {@code file} as the multipart field {@code field}, streamed to the API (the
     * dedicated file, an attachment), guarded by {@code ifMatch} when given. Refusals are returned as by {@link #send}.
     */
    public ApiAnswer upload(String path, String field, String fileName, MediaType type, Resource file, String ifMatch) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        HttpHeaders partHeaders = new HttpHeaders();
        partHeaders.setContentType(type);
        partHeaders.setContentDispositionFormData(field, fileName);
        parts.add(field, new HttpEntity<>(file, partHeaders));
        RestClient.RequestBodySpec request = client.post().uri(uri -> uri.path(path).build())
                .contentType(MediaType.MULTIPART_FORM_DATA);
        if (ifMatch != null) {
            request.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        request.body(parts);
        return exchange(request);
    }

    /**
     * A file the API serves (an export, a template), copied to {@code out} as it arrives; its content type and the
     * name it suggests are given to {@code headers} first, so the page answers with the same. A refusal is thrown.
     */
    public void download(String path, MediaType accept, Consumer<HttpHeaders> headers, OutputStream out) {
        download(uri -> uri.path(path).build(), accept, headers, out);
    }

    /** The same, for a file whose address has a query (an export of one campaign, in one format). */
    public void download(Function<UriBuilder, URI> uri, MediaType accept, Consumer<HttpHeaders> headers, OutputStream out) {
        try {
            RestClient.RequestHeadersSpec<?> request = client.get().uri(uri)
                    .header(HttpHeaders.ACCEPT, accept.toString());
            visitors.bearer().ifPresent(token -> request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
            request.exchange((req, response) -> {
                if (response.getStatusCode().isError()) {
                    throw problem(response);
                }
                headers.accept(response.getHeaders());
                response.getBody().transferTo(out);
                return null;
            });
        } catch (ResourceAccessException e) {
            throw ApiProblem.unavailable(e);
        }
    }

    private ApiAnswer exchange(RestClient.RequestHeadersSpec<?> request) {
        visitors.bearer().ifPresent(token -> request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
        try {
            return request.exchange((req, response) -> {
                int status = response.getStatusCode().value();
                if (status >= 500) {
                    throw problem(response);
                }
                JsonNode body;
                try (InputStream in = response.getBody()) {
                    byte[] bytes = in.readAllBytes();
                    body = bytes.length == 0 ? null : JSON.readTree(bytes);
                } catch (RuntimeException notJson) {
                    body = null;
                }
                HttpHeaders headers = response.getHeaders();
                return new ApiAnswer(status, Optional.ofNullable(headers.getETag()),
                        Optional.ofNullable(headers.getLocation()), body);
            });
        } catch (ResourceAccessException e) {
            throw ApiProblem.unavailable(e);
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
