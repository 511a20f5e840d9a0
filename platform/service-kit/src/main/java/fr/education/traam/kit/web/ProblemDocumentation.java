package fr.education.traam.kit.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Lists, in the service's OpenAPI document, every problem it may answer: the platform's own and those of its
 * catalogues, each with its {@code type} URI, status and title; also as {@code x-problem-types} for tools.
 */
public class ProblemDocumentation implements OpenApiCustomizer {

    private final ObjectProvider<ProblemCatalogue> catalogues;

    public ProblemDocumentation(ObjectProvider<ProblemCatalogue> catalogues) {
        this.catalogues = catalogues;
    }

    @Override
    public void customise(OpenAPI openApi) {
        Map<String, ProblemType> types = new LinkedHashMap<>();
        Arrays.stream(PlatformProblem.values()).forEach(problem -> types.putIfAbsent(problem.type().slug(), problem.type()));
        catalogues.orderedStream().flatMap(catalogue -> catalogue.entries().stream())
                .forEach(entry -> types.putIfAbsent(entry.type().slug(), entry.type()));
        StringBuilder table = new StringBuilder("\n\n## Problems\n\nEvery error is an RFC 9457 problem "
                + "(`application/problem+json`); its `type` is one of these:\n\n| type | status | title |\n|---|---|---|\n");
        types.values().forEach(type -> table.append("| `").append(type.type()).append("` | ").append(type.status().value())
                .append(" | ").append(type.title()).append(" |\n"));
        Info info = openApi.getInfo() == null ? new Info() : openApi.getInfo();
        info.setDescription((info.getDescription() == null ? "" : info.getDescription()) + table);
        openApi.setInfo(info);
        openApi.addExtension("x-problem-types", types.values().stream()
                .map(type -> Map.of("type", type.type().toString(), "status", type.status().value(), "title", type.title())).toList());
    }
}
