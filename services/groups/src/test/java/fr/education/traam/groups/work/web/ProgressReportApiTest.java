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

import static fr.education.traam.groups.work.web.TheTheme.JSON;
import static fr.education.traam.testkit.ProblemAssertions.assertProblem;
import static fr.education.traam.testkit.ProblemAssertions.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;

/** The académies' progress reports to the national group on the real service. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TraamInfrastructure(database = "traam-groups-test")
class ProgressReportApiTest {

    static final String REPORT = """
            {"text": "Trois séquences testées en cinquième ; la quatrième est en cours d'écriture.",
             "links": [{"url": "https://pad.ac-lyon.fr/p/traam-ia", "label": "Notre pad"},
                       {"url": "https://tribu.phm.education.gouv.fr/traam-ia-lyon"}]}""";

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
    String progress;

    @BeforeEach
    void theme() {
        theme = new TheTheme(campaigns, groups, people);
        api = new ApiClient(port);
        progress = "/api/groups/" + theme.national.id().value() + "/progress";
    }

    @Test
    void the_referent_reports_for_their_academy_and_the_event_names_them_by_member_id_without_the_text() throws Exception {
        try (KafkaTopicProbe probe = new KafkaTopicProbe("traam.groups")) {
            HttpResponse<String> reported = api.send("POST", progress, theme.referent(), REPORT);

            assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);
            JsonNode report = JSON.readTree(reported.body());
            assertThat(report.get("academy").asString()).isEqualTo("10");
            assertThat(report.get("authorMemberId").asString()).isEqualTo(theme.referent.id().value());
            assertThat(report.get("campaignId").asString()).isEqualTo(theme.campaignId);
            assertThat(report.get("links")).hasSize(2);

            ConsumerRecord<String, byte[]> event = probe.awaitRecords(r -> theme.national.id().value().equals(r.key())
                    && "fr.education.traam.groups.progress-reported.v1".equals(KafkaTopicProbe.header(r, "ce_type")), 1).get(0);
            String data = KafkaTopicProbe.value(event);
            assertThat(JSON.readTree(data).get("reportId").asString()).isEqualTo(report.get("id").asString());
            assertThat(JSON.readTree(data).get("links").asInt()).isEqualTo(2);
            assertThat(data).doesNotContain("séquences").doesNotContain("Sophie").doesNotContain(theme.referentEmail);
        }
    }

    @Test
    void reports_are_listed_newest_first_for_those_who_see_the_national_group_and_for_the_academy_s_dan() throws Exception {
        api.send("POST", progress, theme.referent(), "{\"text\":\"Premier point d'étape\"}");
        api.send("POST", progress, theme.referent(), "{\"text\":\"Deuxième point d'étape\"}");

        HttpResponse<String> byExpert = api.get(progress + "?academy=10", theme.expert());
        assertThat(byExpert.statusCode()).as(byExpert.body()).isEqualTo(200);
        assertThat(JSON.readTree(byExpert.body()).valueStream().map(r -> r.get("text").asString()))
                .containsExactly("Deuxième point d'étape", "Premier point d'étape");
        assertThat(JSON.readTree(api.get(progress, TheTheme.dan("10")).body())).hasSize(2);
        assertThat(JSON.readTree(api.get(progress + "?academy=08", theme.expert()).body())).isEmpty();
        assertProblem(api.get(progress + "?academy=10", TheTheme.dan("08")), 403, "work-not-visible");
        assertProblem(api.get(progress, TheTheme.stranger()), 403, "work-not-visible");
    }

    @Test
    void only_a_referent_of_the_national_group_reports_and_only_to_a_national_group() {
        assertProblem(api.send("POST", progress, TheTheme.stranger(), REPORT), 403, "not-a-referent");
        assertProblem(api.send("POST", progress, theme.expert(), REPORT), 403, "not-a-referent");
        assertProblem(api.send("POST", "/api/groups/" + theme.lyon.id().value() + "/progress", theme.referent(), REPORT), 422,
                "not-a-national-group");
    }

    @Test
    void bad_reports_are_refused_naming_the_field() {
        assertViolation(api.send("POST", progress, theme.referent(), "{\"text\":\"\"}"), "text");
        assertViolation(api.send("POST", progress, theme.referent(), "{\"text\":\"" + "a".repeat(5001) + "\"}"), "text");
        assertViolation(api.send("POST", progress, theme.referent(),
                "{\"text\":\"Avancement\",\"links\":[{\"url\":\"https://moi:secret@pad.ac-lyon.fr/p\"}]}"), "links[0].url");
        // The kit names a query parameter by its handler and its name.
        assertViolation(api.get(progress + "?academy=lyon", theme.expert()), "reports.academy");
    }
}
