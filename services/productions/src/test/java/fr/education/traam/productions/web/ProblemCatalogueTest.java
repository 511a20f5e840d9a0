package fr.education.traam.productions.web;

import fr.education.traam.kit.web.ProblemCatalogue;
import fr.education.traam.testkit.ApiClient;
import fr.education.traam.testkit.ProblemCatalogueChecks;
import fr.education.traam.testkit.TraamInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TraamInfrastructure(database = "traam-productions-test")
class ProblemCatalogueTest {

    @LocalServerPort
    int port;
    @Autowired
    List<ProblemCatalogue> catalogues;

    @Test
    void every_refusal_has_a_problem_type_that_the_api_docs_and_the_guide_list() throws Exception {
        Set<String> types = ProblemCatalogueChecks.everyRefusalHasAProblemType("fr.education.traam.productions", catalogues);

        ProblemCatalogueChecks.theApiDocsListThem(new ApiClient(port), "/api/productions/v3/api-docs", types);
        // Tests run in the module's folder; the guide is docs/api/productions.md of the repository.
        ProblemCatalogueChecks.theGuideListsThem(Path.of("../../docs/api/productions.md"), types);
    }
}
