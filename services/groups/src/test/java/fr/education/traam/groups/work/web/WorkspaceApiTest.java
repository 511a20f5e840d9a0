package fr.education.traam.groups.work.web;

import fr.education.traam.campaignview.Campaigns;
import fr.education.traam.groups.group.WorkingGroups;
import fr.education.traam.groups.person.People;
import fr.education.traam.testkit.ApiClient;
import fr.education.traam.testkit.KafkaTopicProbe;
import fr.education.traam.testkit.TraamInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.Map;

import static fr.education.traam.groups.work.web.TheTheme.JSON;
import static fr.education.traam.testkit.ProblemAssertions.assertProblem;
import static fr.education.traam.testkit.ProblemAssertions.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;

/** Each group's collaboration spaces and GTnum on the real service. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TraamInfrastructure(database = "traam-groups-test")
class WorkspaceApiTest {

    static final String WORKSPACE = """
            {"spaces": [
              {"kind": "TRIBU", "label": "Espace Tribu du groupe", "link": "https://tribu.phm.education.gouv.fr/traam-ia-lyon"},
              {"kind": "PAD", "label": "Pad des séquences", "link": "https://pad.ac-lyon.fr/p/traam-ia"}],
             "gtnum": {"name": "GTnum IA et écriture", "link": "https://gtnum.education.fr/ia-ecriture"}}""";

    @LocalServerPort
    int port;
    @Autowired
    Campaigns campaigns;
    @Autowired
    WorkingGroups groups;
    @Autowired
    People people;

    TheTheme theme;
    ApiClient api;
    String workspace;

    @BeforeEach
    void theme() {
        theme = new TheTheme(campaigns, groups, people);
        api = new ApiClient(port);
        workspace = "/api/groups/" + theme.lyon.id().value() + "/workspace";
    }

    @Test
    void the_academy_s_dan_lists_the_group_s_spaces_and_its_members_read_them() throws Exception {
        assertThat(api.get(workspace, theme.referent()).headers().firstValue("ETag")).hasValue("\"-1\"");
        try (KafkaTopicProbe probe = new KafkaTopicProbe("traam.groups")) {
            HttpResponse<String> arranged = api.send("PUT", workspace, TheTheme.dan("10"), WORKSPACE, Map.of("If-Match", "\"-1\""));

            assertThat(arranged.statusCode()).as(arranged.body()).isEqualTo(200);
            assertThat(arranged.headers().firstValue("ETag")).hasValue("\"0\"");
            JsonNode read = JSON.readTree(api.get(workspace, theme.referent()).body());
            assertThat(read.get("spaces").valueStream().map(s -> s.get("kind").asString())).containsExactly("TRIBU", "PAD");
            assertThat(read.at("/gtnum/name").asString()).isEqualTo("GTnum IA et écriture");

            ConsumerRecord<String, byte[]> event = probe.awaitRecords(r -> theme.lyon.id().value().equals(r.key())
                    && "fr.education.traam.groups.workspace-changed.v1".equals(KafkaTopicProbe.header(r, "ce_type")), 1).get(0);
            JsonNode data = JSON.readTree(KafkaTopicProbe.value(event));
            assertThat(data.at("/spaces/0/link").asString()).isEqualTo("https://tribu.phm.education.gouv.fr/traam-ia-lyon");
            assertThat(data.at("/gtnum/link").asString()).isEqualTo("https://gtnum.education.fr/ia-ecriture");
        }
        assertProblem(api.send("PUT", workspace, TheTheme.dan("10"), WORKSPACE, Map.of("If-Match", "\"-1\"")), 412,
                "precondition-failed");
    }

    @Test
    void only_those_responsible_for_the_group_arrange_it_and_only_those_who_see_its_members_read_it() {
        assertProblem(api.send("PUT", workspace, theme.expert(), WORKSPACE), 403, "not-responsible");
        assertProblem(api.send("PUT", workspace, TheTheme.dan("08"), WORKSPACE), 403, "not-responsible");
        assertProblem(api.get(workspace, TheTheme.stranger()), 403, "work-not-visible");
        String national = "/api/groups/" + theme.national.id().value() + "/workspace";
        assertThat(api.send("PUT", national, theme.expert(), WORKSPACE).statusCode()).isEqualTo(200);
    }

    @Test
    void links_are_https_without_credentials_or_fragment() {
        assertViolation(api.send("PUT", workspace, TheTheme.dan("10"),
                "{\"spaces\":[{\"kind\":\"WIKI\",\"label\":\"Wiki\",\"link\":\"https://wiki.ac-lyon.fr/traam#accueil\"}]}"), "spaces[0].link");
        assertViolation(api.send("PUT", workspace, TheTheme.dan("10"),
                "{\"spaces\":[],\"gtnum\":{\"name\":\"GTnum\",\"link\":\"ftp://gtnum.education.fr\"}}"), "gtnum.link");
        assertViolation(api.send("PUT", workspace, TheTheme.dan("10"), "{\"spaces\":[{\"label\":\"Sans type\",\"link\":\"https://a.fr\"}]}"),
                "spaces[0].kind");
    }
}
