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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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

    private HttpResponse<String> get(String path) {
        return new ApiClient(port).get(path, TestInfrastructure.tokens().bearer("OPERATOR"));
    }

    private static JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        return JSON.readTree(response.body());
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
