package fr.education.traam.kit.refusal;

import fr.education.traam.kit.KitTestApplication;
import fr.education.traam.kit.domain.Refusal;
import fr.education.traam.kit.domain.Refused;
import fr.education.traam.kit.web.ProblemCatalogue;
import fr.education.traam.kit.web.ProblemType;
import fr.education.traam.testkit.ApiClient;
import fr.education.traam.testkit.TestInfrastructure;
import fr.education.traam.testkit.TraamInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refusal becomes the problem its catalogue gives it — type, title, status, the refusal's sentence as detail — and a
 * refusal no catalogue knows is a 500 of ours, logged, never a guess; the kit's common refusals come catalogued.
 */
@SpringBootTest(classes = {KitTestApplication.class, RefusalsTest.Endpoints.class}, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TraamInfrastructure
class RefusalsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void a_catalogued_refusal_is_its_problem_with_the_refusal_s_sentence() {
        JsonNode problem = problem(get("/kit-test/refusals/catalogued"), 409);
        assertThat(problem.get("type").asString()).isEqualTo("https://traam.education.fr/problems/ledger-closed");
        assertThat(problem.get("title").asString()).isEqualTo("Ledger closed");
        assertThat(problem.get("detail").asString()).isEqualTo("ledger 7 is closed");
        assertThat(problem.get("closedAt").asString()).as("a fact the refusal carries").isEqualTo("2027-06-18");
    }

    @Test
    void a_common_refusal_needs_no_catalogue_of_the_service() {
        JsonNode invalid = problem(get("/kit-test/refusals/invalid"), 400);
        assertThat(invalid.get("type").asString()).endsWith("/invalid-request");
        assertThat(invalid.get("violations").get(0).get("field").asString()).isEqualTo("ledger.name");
        assertThat(problem(get("/kit-test/refusals/stale"), 412).get("type").asString()).endsWith("/precondition-failed");
    }

    @Test
    void a_refusal_no_catalogue_knows_is_an_internal_error_without_details() {
        JsonNode problem = problem(get("/kit-test/refusals/uncatalogued"), 500);
        assertThat(problem.get("type").asString()).endsWith("/internal-error");
        assertThat(problem.get("detail").asString()).doesNotContain("FORGOTTEN");
    }

    @Test
    void a_caller_without_the_role_is_refused_before_the_body_is_read_and_validated() {
        ApiClient api = new ApiClient(port);
        String invalid = "{\"name\": \"\"}";

        HttpResponse<String> teacher = api.send("POST", "/kit-test/ledgers", TestInfrastructure.tokens().bearer("TEACHER"), invalid);
        HttpResponse<String> unreadable = api.send("POST", "/kit-test/ledgers", TestInfrastructure.tokens().bearer("TEACHER"), "{not json");
        HttpResponse<String> expert = api.send("POST", "/kit-test/ledgers", TestInfrastructure.tokens().bearer("DNE_EXPERT"), invalid);

        assertThat(problem(teacher, 403).get("type").asString()).endsWith("/forbidden");
        assertThat(problem(unreadable, 403).get("type").asString()).endsWith("/forbidden");
        assertThat(problem(expert, 400).get("violations").get(0).get("field").asString()).isEqualTo("name");
    }

    @ParameterizedTest(name = "{0} is a 400 naming {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"capacity\": 99999999999, \"themes\": []}                 | capacity",
            "{\"capacity\": 1e400, \"themes\": []}                       | capacity",
            "{\"capacity\": 6.5, \"themes\": []}                         | capacity",
            "{\"capacity\": \"six\", \"themes\": []}                   | capacity",
            "{\"capacity\": 6, \"themes\": \"ia\"}                     | themes",
            "{\"capacity\": 6, \"themes\": [{\"weight\": 1e999}]}       | themes[0].weight",
            "{\"capacity\": 6, \"themes\": [{\"kind\": \"HUGE\"}]}    | themes[0].kind",
            "{\"capacity\": 6, \"themes\": [], \"opening\": \"soon\"} | opening",
            "[1, 2]                                                          | ''"})
    void well_formed_json_of_the_wrong_shape_is_a_400_naming_the_field(String body, String field) {
        HttpResponse<String> answer = new ApiClient(port).send("POST", "/kit-test/shapes", TestInfrastructure.tokens().bearer("DNE_EXPERT"), body);

        JsonNode problem = problem(answer, 400);
        assertThat(problem.get("type").asString()).endsWith("/invalid-request");
        assertThat(problem.get("violations").get(0).get("field").asString()).isEqualTo(field);
    }

    @ParameterizedTest(name = "a name holding {0} is a 400 naming it")
    @CsvSource(delimiter = '|', value = {
            "a bell            | \\u0007  | control character (U+0007)",
            "an escape         | \\u001b[2J | control character (U+001B)",
            "a C1 control      | \\u0085  | control character (U+0085)",
            "a right-to-left override | \\u202e | bidirectional override (U+202E)",
            "a noncharacter    | \\uffff  | noncharacter (U+FFFF)",
            "a lone surrogate  | \\ud800  | unpaired surrogate"})
    void text_no_one_types_on_purpose_is_refused_where_it_stands(String what, String escaped, String reason) {
        HttpResponse<String> answer = new ApiClient(port).send("POST", "/kit-test/ledgers", TestInfrastructure.tokens().bearer("DNE_EXPERT"),
                "{\"name\": \"Lyon " + escaped + " 2027\"}");

        JsonNode problem = problem(answer, 400);
        assertThat(problem.get("type").asString()).endsWith("/invalid-request");
        assertThat(problem.get("violations").get(0).get("field").asString()).isEqualTo("name");
        assertThat(problem.get("violations").get(0).get("message").asString()).contains(reason);
    }

    @Test
    void text_is_kept_in_one_form_whatever_the_keyboard_sent() {
        HttpResponse<String> answer = new ApiClient(port).send("POST", "/kit-test/ledgers", TestInfrastructure.tokens().bearer("DNE_EXPERT"),
                "{\"name\": \"Acade\\u0301mie\\r\\nde Cre\\u0301teil\"}");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("Acad\u00e9mie\nde Cr\u00e9teil");
    }

    @ParameterizedTest(name = "?{0} is a 400 naming the parameter")
    @CsvSource({"name=", "name=%20%20", "name=%09"})
    void a_blank_required_parameter_is_an_absent_one_not_a_failure_of_the_typed_value(String query) {
        JsonNode problem = problem(get("/kit-test/ledgers?" + query), 400);
        assertThat(problem.get("type").asString()).endsWith("/invalid-request");
        assertThat(problem.get("violations").get(0).get("field").asString()).isEqualTo("name");
    }

    private HttpResponse<String> get(String path) {
        return new ApiClient(port).get(path, TestInfrastructure.tokens().bearer("OPERATOR"));
    }

    private static JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        return JSON.readTree(response.body());
    }

    record NewLedger(@NotBlank String name) {
    }

    record Shape(int capacity, java.util.List<Part> themes, java.time.LocalDate opening) {
    }

    /** A typed value that refuses a blank, as the services' ids do. */
    record LedgerName(String value) {
        LedgerName {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("ledger name is blank");
            }
        }
    }

    record Part(long weight, Kind kind) {
    }

    enum Kind {
        SMALL
    }

    enum LedgerRefusal implements Refusal {
        LEDGER_CLOSED
    }

    enum ForgottenRefusal implements Refusal {
        FORGOTTEN
    }

    @Import(Endpoints.Controller.class)
    static class Endpoints {

        @Bean
        ProblemCatalogue ledgerProblems() {
            return ProblemCatalogue.of(LedgerRefusal.class, refusal -> switch (refusal) {
                case LEDGER_CLOSED -> ProblemType.conflict("ledger-closed", "Ledger closed");
            });
        }

        @RestController
        static class Controller {

            @PostMapping("/kit-test/shapes")
            int shape(@RequestBody Shape shape) {
                return shape.capacity();
            }

            @PostMapping("/kit-test/ledgers")
            @PreAuthorize("hasRole('DNE_EXPERT')")
            String open(@Valid @RequestBody NewLedger ledger) {
                return ledger.name();
            }

            @GetMapping("/kit-test/ledgers")
            String ledger(@RequestParam String name) {
                return new LedgerName(name).value();
            }

            @GetMapping("/kit-test/refusals/{which}")
            String refuse(@PathVariable String which) {
                throw switch (which) {
                    case "catalogued" -> new Refused(LedgerRefusal.LEDGER_CLOSED, "ledger 7 is closed").with("closedAt", "2027-06-18");
                    case "invalid" -> Refused.invalid("ledger.name", "a ledger has a name");
                    case "stale" -> new Refused(fr.education.traam.kit.domain.CommonRefusal.STALE_VERSION, "ledger 7 changed");
                    default -> new Refused(ForgottenRefusal.FORGOTTEN, "nobody catalogued this");
                };
            }
        }
    }
}
