package fr.education.traam.testkit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.lang.reflect.Method;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every service's problem catalogue must hold: a problem type for each refusal of the service and of the
 * libraries it uses, the same types listed in its OpenAPI document, and in its API guide. Reflective, because the test
 * kit does not depend on the service kit (whose tests depend on this one).
 */
public final class ProblemCatalogueChecks {

    private static final String REFUSAL = "fr.education.traam.kit.domain.Refusal";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemCatalogueChecks() {
    }

    /**
     * Checks that each refusal constant under {@code root} has a type in one of {@code catalogues} (the service's
     * {@code ProblemCatalogue} beans), and returns the type URIs of the module's refusals.
     */
    public static Set<String> everyRefusalHasAProblemType(String root, Collection<?> catalogues) {
        List<Class<?>> refusals = ArchitectureRules.of(root).enumsImplementing(REFUSAL);
        assertThat(refusals).as("refusal enums under " + root).isNotEmpty();
        Set<String> types = new LinkedHashSet<>();
        List<String> missing = new ArrayList<>();
        for (Class<?> refusal : refusals) {
            for (Object constant : refusal.getEnumConstants()) {
                Optional<String> type = catalogues.stream().map(catalogue -> typeOf(catalogue, constant)).flatMap(Optional::stream)
                        .findFirst();
                type.ifPresentOrElse(types::add, () -> missing.add(refusal.getSimpleName() + "." + constant));
            }
        }
        assertThat(missing).as("refusals without a problem type").isEmpty();
        return types;
    }

    /** The OpenAPI document at {@code docsPath} lists every one of {@code types} in its {@code x-problem-types}. */
    public static void theApiDocsListThem(ApiClient api, String docsPath, Set<String> types) {
        HttpResponse<String> docs = api.get(docsPath, null);
        assertThat(docs.statusCode()).as(docs.body()).isEqualTo(200);
        JsonNode listed = JSON.readTree(docs.body()).path("x-problem-types");
        Set<String> documented = new LinkedHashSet<>();
        listed.values().forEach(entry -> documented.add(entry.path("type").asString()));
        assertThat(documented).as("x-problem-types of " + docsPath).containsAll(types);
        assertThat(JSON.readTree(docs.body()).path("info").path("description").asString()).contains("## Problems");
    }

    /** The service's API guide (a Markdown file of the repository) names every one of {@code types} by its slug. */
    public static void theGuideListsThem(Path guide, Set<String> types) throws java.io.IOException {
        String text = Files.readString(guide);
        assertThat(types.stream().map(type -> type.substring(type.lastIndexOf('/') + 1)).filter(slug -> !text.contains("`" + slug + "`")))
                .as("problem types missing from " + guide).isEmpty();
    }

    private static Optional<String> typeOf(Object catalogue, Object refusal) {
        try {
            Method typeOf = Arrays.stream(catalogue.getClass().getMethods()).filter(m -> m.getName().equals("typeOf")).findFirst()
                    .orElseThrow();
            typeOf.setAccessible(true);
            Optional<?> type = (Optional<?>) typeOf.invoke(catalogue, refusal);
            if (type.isEmpty()) {
                return Optional.empty();
            }
            Object problemType = type.get();
            Method uri = problemType.getClass().getMethod("type");
            return Optional.of(uri.invoke(problemType).toString());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("not a problem catalogue: " + catalogue, e);
        }
    }
}
