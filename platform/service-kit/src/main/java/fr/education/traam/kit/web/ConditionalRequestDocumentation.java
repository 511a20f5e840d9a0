package fr.education.traam.kit.web;

import fr.education.traam.kit.domain.ExpectedVersion;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.method.HandlerMethod;

import java.util.Arrays;

/**
 * Documents conditional requests in every service's OpenAPI document: an update taking an {@link ExpectedVersion} gets
 * the optional {@code If-Match} header and its {@code 412}; an {@link ETagged} GET gets {@code If-None-Match} and its
 * {@code 304}; both say their successful answers carry an {@code ETag}. See {@code docs/api/conditional-requests.md}.
 */
public class ConditionalRequestDocumentation implements GlobalOperationCustomizer {

    static {
        // The expected version is read from a header by the kit's resolver, never from the query or the body.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(ExpectedVersion.class);
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        boolean update = Arrays.stream(handler.getMethodParameters())
                .anyMatch(parameter -> ExpectedVersion.class.equals(parameter.getParameterType()));
        boolean tagged = handler.hasMethodAnnotation(ETagged.class);
        if (!update && !tagged) {
            return operation;
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        responses.forEach((status, response) -> {
            if (status.startsWith("2")) {
                response.addHeaderObject("ETag", new Header().schema(new StringSchema())
                        .description("A strong entity tag: for a versioned resource its version, e.g. \"3\", to send in If-Match with a change."));
            }
        });
        if (update) {
            operation.addParametersItem(new HeaderParameter().name(IfMatch.HEADER).required(false).schema(new StringSchema())
                    .description("The ETag of the version this change is asked of (optional). If the resource has changed "
                            + "since, the change is refused with 412 precondition-failed and nothing is changed. "
                            + "Weak tags never match; * matches any version."));
            responses.addApiResponse("412", new ApiResponse()
                    .description("precondition-failed: the resource is no longer at the version named in If-Match")
                    .content(new Content().addMediaType("application/problem+json", new MediaType())));
        }
        if (tagged && handler.hasMethodAnnotation(GetMapping.class) && handler.getMethodAnnotation(ETagged.class).notModified()) {
            operation.addParametersItem(new HeaderParameter().name("If-None-Match").required(false).schema(new StringSchema())
                    .description("An ETag read before: 304 without a body if the resource still has it."));
            responses.addApiResponse("304", new ApiResponse().description("Not modified: the ETag in If-None-Match is current"));
        }
        return operation;
    }
}
