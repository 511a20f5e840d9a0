package fr.education.traam.groups.web;

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
@TraamInfrastructure(database = "traam-groups-test")
class ProblemCatalogueTest {

    @LocalServerPort
    int port;
    @Autowired
    List<ProblemCatalogue> catalogues;

    @Test
    void every_refusal_has_a_problem_type_that_the_api_docs_and_the_guide_list() throws Exception {
        Set<String> types = ProblemCatalogueChecks.everyRefusalHasAProblemType("fr.education.traam.groups", catalogues);

        ProblemCatalogueChecks.theApiDocsListThem(new ApiClient(port), "/api/groups/v3/api-docs", types);
        // Tests run in the module's folder; the guide is docs/api/groups.md of the repository.
        ProblemCatalogueChecks.theGuideListsThem(Path.of("../../docs/api/groups.md"), types);
    }
}
