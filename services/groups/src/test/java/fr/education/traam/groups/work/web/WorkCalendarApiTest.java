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

/** The theme's work calendar on the real service: published by its experts, read from each of its groups. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TraamInfrastructure(database = "traam-groups-test")
class WorkCalendarApiTest {

    static final String CALENDAR = """
            {"entries": [
              {"kind": "SCENARIOS_DUE", "date": "2028-05-31", "title": "Scénarios de l'année 1"},
              {"kind": "MEETING", "date": "2027-09-22", "title": "Séminaire de lancement", "details": "En visio",
               "link": "https://visio.education.fr/traam-ia"}
            ]}""";

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

    @BeforeEach
    void theme() {
        theme = new TheTheme(campaigns, groups, people);
        api = new ApiClient(port);
    }

    String calendarOf(String groupId) {
        return "/api/groups/" + groupId + "/calendar";
    }

    @Test
    void the_experts_publish_the_calendar_sorted_by_date_and_every_group_of_the_theme_reads_it() throws Exception {
        try (KafkaTopicProbe probe = new KafkaTopicProbe("traam.groups")) {
            HttpResponse<String> published = api.send("PUT", calendarOf(theme.national.id().value()), theme.expert(), CALENDAR,
                    Map.of("If-Match", "\"-1\""));

            assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
            assertThat(published.headers().firstValue("ETag")).hasValue("\"0\"");
            HttpResponse<String> fromLyon = api.get(calendarOf(theme.lyon.id().value()), theme.referent());
            assertThat(fromLyon.statusCode()).as(fromLyon.body()).isEqualTo(200);
            assertThat(fromLyon.headers().firstValue("ETag")).hasValue("\"0\"");
            JsonNode calendar = JSON.readTree(fromLyon.body());
            assertThat(calendar.get("nationalGroupId").asString()).isEqualTo(theme.national.id().value());
            assertThat(calendar.get("entries").valueStream().map(e -> e.get("title").asString()))
                    .containsExactly("Séminaire de lancement", "Scénarios de l'année 1");

            ConsumerRecord<String, byte[]> event = probe.awaitRecords(r -> theme.national.id().value().equals(r.key())
                    && "fr.education.traam.groups.work-calendar-published.v1".equals(KafkaTopicProbe.header(r, "ce_type")), 1).get(0);
            JsonNode data = JSON.readTree(KafkaTopicProbe.value(event));
            assertThat(data.get("campaignId").asString()).isEqualTo(theme.campaignId);
            assertThat(data.get("entries")).hasSize(2);
        }
        assertProblem(api.send("PUT", calendarOf(theme.national.id().value()), theme.expert(), CALENDAR, Map.of("If-Match", "\"-1\"")),
                412, "precondition-failed");
    }

    @Test
    void only_the_theme_s_experts_publish_it_and_only_on_the_national_group() {
        assertProblem(api.send("PUT", calendarOf(theme.national.id().value()), TheTheme.anotherExpert(), CALENDAR), 403,
                "not-responsible");
        assertProblem(api.send("PUT", calendarOf(theme.lyon.id().value()), theme.expert(), CALENDAR), 422, "not-a-national-group");
    }

    @Test
    void whoever_may_not_see_the_group_s_members_does_not_read_its_calendar() {
        assertProblem(api.get(calendarOf(theme.lyon.id().value()), TheTheme.dan("08")), 403, "work-not-visible");
        assertThat(api.get(calendarOf(theme.lyon.id().value()), TheTheme.dan("10")).statusCode()).isEqualTo(200);
        assertProblem(api.get(calendarOf("no-such-group"), theme.expert()), 404, "group-not-found");
    }

    @Test
    void bad_entries_are_refused_naming_the_field() {
        String national = calendarOf(theme.national.id().value());
        assertViolation(api.send("PUT", national, theme.expert(),
                "{\"entries\":[{\"kind\":\"MEETING\",\"date\":\"2027-10-01\",\"title\":\"Visio\",\"link\":\"http://visio.ac-lyon.fr/x\"}]}"),
                "entries[0].link");
        assertViolation(api.send("PUT", national, theme.expert(),
                "{\"entries\":[{\"kind\":\"MEETING\",\"date\":\"2030-10-01\",\"title\":\"Trop tard\"}]}"), "entries[0].date");
        assertViolation(api.send("PUT", national, theme.expert(), "{\"entries\":[{\"kind\":\"MEETING\",\"date\":\"2027-10-01\"}]}"),
                "entries[0].title");
    }
}
