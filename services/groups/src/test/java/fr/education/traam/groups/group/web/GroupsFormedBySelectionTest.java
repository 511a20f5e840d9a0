package fr.education.traam.groups.group.web;

import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.campaignview.Campaigns;
import fr.education.traam.contract.campaigns.ThemeCycle;
import fr.education.traam.contract.candidatures.CandidatureKind;
import fr.education.traam.contract.candidatures.SelectedTeamsTransmitted;
import fr.education.traam.contract.Topics;
import fr.education.traam.groups.group.GroupMother;
import fr.education.traam.kit.outbox.EventPublisher;
import fr.education.traam.kit.outbox.PendingEvent;
import fr.education.traam.reference.Academy;
import fr.education.traam.testkit.ApiClient;
import fr.education.traam.testkit.KafkaTopicProbe;
import fr.education.traam.testkit.TestInfrastructure;
import fr.education.traam.testkit.TraamInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.education.traam.groups.group.GroupMother.EXPERT;
import static fr.education.traam.groups.group.GroupMother.THEME;
import static fr.education.traam.testkit.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A published selection of six académies reaches the service on the restricted topic, on the real broker, and forms the
 * theme's national group and six academic groups; those responsible complete them; the events on traam.groups carry
 * CloudEvents headers and no one's name or address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TraamInfrastructure(database = "traam-groups-test")
class GroupsFormedBySelectionTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<Academy> SIX = List.of("10", "08", "06", "24", "25", "14").stream()
            .map(code -> Academy.byCode(code).orElseThrow()).toList();
    private static KafkaTopicProbe groupEvents;

    @LocalServerPort
    int port;
    @Autowired
    EventPublisher publisher;
    @Autowired
    Campaigns campaigns;

    @BeforeAll
    static void listen() {
        groupEvents = new KafkaTopicProbe(Topics.GROUPS);
    }

    @AfterAll
    static void stop() {
        groupEvents.close();
    }

    @Test
    void a_published_selection_forms_seven_groups_that_those_responsible_complete() throws Exception {
        String campaignId = "campaign-" + UUID.randomUUID();
        ApiClient api = new ApiClient(port);
        String expert = TestInfrastructure.tokens().bearerWithRoles(List.of("DNE_EXPERT"), null, EXPERT);
        String lyonDan = TestInfrastructure.tokens().bearer("DAN", "10");
        publisher.publish(PendingEvent.of(GroupMother.campaign(campaignId, GroupMother.theme(THEME, ThemeCycle.FIRST_YEAR, null)),
                "/traam/campaigns", Instant.now()));
        await().atMost(PATIENCE).until(() -> campaigns.find(new CampaignId(campaignId)).isPresent());

        // Lyon's team names its referent among its three teachers: one person, one place, two teachers left.
        SelectedTeamsTransmitted selection = GroupMother.teams(campaignId, THEME, ThemeCycle.FIRST_YEAR, 0, SIX.stream()
                .map(academy -> GroupMother.selected(academy, CandidatureKind.APPLICATION, academy.code().equals("10")))
                .toArray(fr.education.traam.contract.candidatures.SelectedTeam[]::new));
        PendingEvent published = PendingEvent.of(selection, "/traam/candidatures", Instant.now());
        publisher.publish(published);

        String listing = "/api/groups?campaignId=" + campaignId + "&themeId=" + THEME;
        JsonNode groups = await().atMost(PATIENCE).until(() -> json(api.get(listing, expert)), g -> g.size() == 7);
        JsonNode national = groups.get(0);
        assertThat(national.get("kind").asString()).isEqualTo("NATIONAL");
        assertThat(national.get("members")).filteredOn(m -> m.get("role").asString().equals("REFERENT")).hasSize(6);
        assertThat(national.get("status").asString()).isEqualTo("INCOMPLETE");
        assertThat(rules(national)).containsExactly("NO_INSPECTOR_GENERAL");
        JsonNode lyon = academic(groups, "10");
        assertThat(lyon.get("status").asString()).isEqualTo("INCOMPLETE");
        assertThat(lyon.get("unmet").get(0).get("detail").asString()).isEqualTo("Lyon's academic group has 2 teachers and needs 3");
        assertThat(academic(groups, "08").get("status").asString()).isEqualTo("COMPLETE");
        String lyonReferent = memberWithRole(lyon, "REFERENT").get("memberId").asString();
        assertThat(national.get("members")).extracting(m -> m.get("memberId").asString()).contains(lyonReferent);

        // Anyone sees which académies work on the theme, and no one's name.
        JsonNode publicly = json(api.get(listing, null));
        assertThat(publicly).hasSize(7).allSatisfy(group -> {
            assertThat(group.get("compositionVisible").asBoolean()).isFalse();
            assertThat(group.has("members")).isFalse();
        });
        assertThat(publicly.toString()).doesNotContain("ac-lyon.fr").doesNotContain("Référente");

        // The formation on traam.groups: CloudEvents headers, ids and roles, no names or addresses.
        List<ConsumerRecord<String, byte[]>> formed = groupEvents.awaitRecords(r -> type(r).endsWith("working-group-formed.v1")
                && KafkaTopicProbe.value(r).contains(campaignId), 7);
        assertThat(formed).allSatisfy(record -> {
            assertThat(KafkaTopicProbe.header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(KafkaTopicProbe.header(record, "ce_source")).isEqualTo("/traam/groups");
            assertThat(KafkaTopicProbe.header(record, "ce_id")).isNotBlank();
            assertThat(KafkaTopicProbe.value(record)).doesNotContain("@").doesNotContain("Enseignant").doesNotContain("Référente");
        });

        // A redelivered selection forms nothing twice: the same ce_id, then an amendment to see past it.
        publisher.publish(published);
        SelectedTeamsTransmitted amended = GroupMother.teams(campaignId, THEME, ThemeCycle.FIRST_YEAR, 1, SIX.stream().limit(5)
                .map(academy -> GroupMother.selected(academy, CandidatureKind.APPLICATION, academy.code().equals("10")))
                .toArray(fr.education.traam.contract.candidatures.SelectedTeam[]::new));
        publisher.publish(PendingEvent.of(amended, "/traam/candidatures", Instant.now()));
        // Rennes' group closes first; the national group lets its referent go when it reads that closing on
        // traam.groups (FollowingReferents), a moment later: wait for both.
        JsonNode afterAmendment = await().atMost(PATIENCE).until(() -> json(api.get(listing, expert)),
                g -> academic(g, "14").get("state").asString().equals("CLOSED") && referents(g.get(0)) == 5);
        assertThat(afterAmendment).hasSize(7);
        assertThat(afterAmendment.get(0).get("members")).filteredOn(m -> m.get("role").asString().equals("REFERENT"))
                .extracting(m -> m.get("academy").asString()).doesNotContain("14").hasSize(5);
        assertThat(groupEvents.awaitRecords(r -> type(r).endsWith("working-group-closed.v1")
                && KafkaTopicProbe.value(r).contains(campaignId), 1)).hasSize(1);
        assertThat(count(r -> type(r).endsWith("working-group-formed.v1") && KafkaTopicProbe.value(r).contains(campaignId)))
                .as("groups formed once").isEqualTo(7);

        // Lyon's DAN completes its group; Grenoble's may not touch it; a stale version is refused.
        String lyonId = lyon.get("id").asString();
        HttpResponse<String> current = api.get("/api/groups/" + lyonId, lyonDan);
        String etag = current.headers().firstValue("ETag").orElseThrow();
        String teacher = "{\"name\": \"Karim Benali\", \"email\": \"karim.benali@ac-lyon.fr\", \"role\": \"TEACHER\"}";
        assertProblem(api.send("POST", "/api/groups/" + lyonId + "/members", TestInfrastructure.tokens().bearer("DAN", "08"), teacher,
                Map.of("If-Match", etag)), 403, "not-responsible");
        HttpResponse<String> added = api.send("POST", "/api/groups/" + lyonId + "/members", lyonDan, teacher, Map.of("If-Match", etag));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(json(added).get("status").asString()).isEqualTo("COMPLETE");
        assertProblem(api.send("POST", "/api/groups/" + lyonId + "/members", lyonDan,
                "{\"name\": \"Léa Roux\", \"email\": \"lea.roux@ac-lyon.fr\", \"role\": \"TEACHER\"}", Map.of("If-Match", etag)),
                412, "precondition-failed");
        List<ConsumerRecord<String, byte[]>> changed = groupEvents.awaitRecords(r -> type(r).endsWith("group-composition-changed.v1")
                && r.key().equals(lyonId), 1);
        assertThat(KafkaTopicProbe.value(changed.get(0))).contains("\"status\":\"COMPLETE\"").doesNotContain("Karim");

        // Lyon's DAN replaces the referent: the national group follows within seconds.
        String newReferent = "{\"name\": \"Inès Garcia\", \"email\": \"ines.garcia@ac-lyon.fr\", \"role\": \"REFERENT\"}";
        HttpResponse<String> replaced = api.send("PUT", "/api/groups/" + lyonId + "/members/" + lyonReferent, lyonDan, newReferent,
                Map.of("If-Match", added.headers().firstValue("ETag").orElseThrow()));
        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
        String inesId = memberWithRole(json(replaced), "REFERENT").get("memberId").asString();
        await().atMost(PATIENCE).until(() -> json(api.get(listing, expert)).get(0).get("members"), members -> {
            List<String> ids = new ArrayList<>();
            members.forEach(m -> ids.add(m.get("memberId").asString()));
            return ids.contains(inesId) && !ids.contains(lyonReferent);
        });

        // A member reads their own groups by the address their token carries.
        JsonNode mine = json(api.get("/api/groups/mine", TestInfrastructure.tokens().bearerOfPerson(List.of("TEACHER"), "10",
                "karim", "karim.benali@ac-lyon.fr")));
        assertThat(mine).singleElement().satisfies(g -> assertThat(g.get("compositionVisible").asBoolean()).isTrue());
    }

    @Test
    void in_year_two_the_continuing_academies_keep_their_groups_new_entrants_form_theirs_the_others_close() {
        ApiClient api = new ApiClient(port);
        String expert = TestInfrastructure.tokens().bearerWithRoles(List.of("DNE_EXPERT"), null, EXPERT);
        String firstYear = "theme-" + UUID.randomUUID();
        String secondYear = firstYear + "-2";
        String firstCampaign = "campaign-" + UUID.randomUUID();
        String secondCampaign = "campaign-" + UUID.randomUUID();
        publisher.publish(PendingEvent.of(GroupMother.campaign(firstCampaign, GroupMother.theme(firstYear, ThemeCycle.FIRST_YEAR, null)),
                "/traam/campaigns", Instant.now()));
        publisher.publish(PendingEvent.of(GroupMother.campaign(secondCampaign,
                GroupMother.theme(secondYear, ThemeCycle.SECOND_YEAR, firstYear)), "/traam/campaigns", Instant.now()));
        await().atMost(PATIENCE).until(() -> campaigns.find(new CampaignId(secondCampaign)).isPresent()
                && campaigns.find(new CampaignId(firstCampaign)).isPresent());
        List<Academy> yearOne = SIX.subList(0, 4);
        publisher.publish(PendingEvent.of(GroupMother.teams(firstCampaign, firstYear, ThemeCycle.FIRST_YEAR, 0, yearOne.stream()
                .map(a -> GroupMother.selected(a, CandidatureKind.APPLICATION, false))
                .toArray(fr.education.traam.contract.candidatures.SelectedTeam[]::new)), "/traam/candidatures", Instant.now()));
        String firstListing = "/api/groups?campaignId=" + firstCampaign + "&themeId=" + firstYear;
        JsonNode before = await().atMost(PATIENCE).until(() -> json(api.get(firstListing, expert)), g -> g.size() == 5);

        // Lyon, Grenoble and Clermont-Ferrand continue; Créteil does not; Versailles joins.
        List<fr.education.traam.contract.candidatures.SelectedTeam> teams = new ArrayList<>(SIX.subList(0, 3).stream()
                .map(a -> GroupMother.selected(a, CandidatureKind.CONTINUATION, false)).toList());
        teams.add(GroupMother.selected(SIX.get(4), CandidatureKind.APPLICATION, false));
        publisher.publish(PendingEvent.of(GroupMother.teams(secondCampaign, secondYear, ThemeCycle.SECOND_YEAR, 0,
                teams.toArray(fr.education.traam.contract.candidatures.SelectedTeam[]::new)), "/traam/candidatures", Instant.now()));

        String secondListing = "/api/groups?campaignId=" + secondCampaign + "&themeId=" + secondYear;
        JsonNode after = await().atMost(PATIENCE).until(() -> json(api.get(secondListing, expert)), g -> g.size() == 5);
        assertThat(after.get(0).get("id").asString()).as("the national group carries on").isEqualTo(before.get(0).get("id").asString());
        assertThat(after.get(0).get("seats").valueStream().map(JsonNode::asString)).containsExactly("10", "08", "06", "25");
        assertThat(after.get(0).get("members")).filteredOn(m -> m.get("role").asString().equals("REFERENT")).hasSize(4);
        JsonNode lyon = academic(after, "10");
        assertThat(lyon.get("id").asString()).as("Lyon keeps its group").isEqualTo(academic(before, "10").get("id").asString());
        assertThat(lyon.get("stints")).hasSize(2);
        assertThat(academic(after, "25").get("stints")).as("Versailles forms a new group").hasSize(1);
        JsonNode creteil = academic(json(api.get(firstListing, expert)), "24");
        assertThat(creteil.get("state").asString()).isEqualTo("CLOSED");
        assertThat(creteil.get("closingReason").asString()).isEqualTo("NOT_CONTINUED");
        assertProblem(api.send("POST", "/api/groups/" + creteil.get("id").asString() + "/members",
                TestInfrastructure.tokens().bearer("DAN", "24"), "{\"name\": \"Léa Roux\", \"email\": \"lea.roux@ac-creteil.fr\", "
                        + "\"role\": \"TEACHER\"}", Map.of("If-Match", "\"" + creteil.get("version").asLong() + "\"")), 409, "group-closed");
    }

    private long count(java.util.function.Predicate<ConsumerRecord<String, byte[]>> filter) {
        groupEvents.awaitRecords(filter, 1);
        long seen = 0;
        for (int n = 1; ; n++) {
            try {
                groupEvents.awaitRecords(filter, n, Duration.ofSeconds(2));
                seen = n;
            } catch (AssertionError noMore) {
                return seen;
            }
        }
    }

    private static String type(ConsumerRecord<String, byte[]> record) {
        String type = KafkaTopicProbe.header(record, "ce_type");
        return type == null ? "" : type;
    }

    private static JsonNode academic(JsonNode groups, String code) {
        for (JsonNode group : groups) {
            if (group.get("kind").asString().equals("ACADEMIC") && group.get("academy").get("code").asString().equals(code)) {
                return group;
            }
        }
        throw new AssertionError("no academic group for " + code + " in " + groups);
    }

    private static JsonNode memberWithRole(JsonNode group, String role) {
        for (JsonNode member : group.get("members")) {
            if (member.get("role").asString().equals(role)) {
                return member;
            }
        }
        throw new AssertionError("no " + role + " in " + group);
    }

    private static List<String> rules(JsonNode group) {
        List<String> rules = new ArrayList<>();
        group.get("unmet").forEach(rule -> rules.add(rule.get("rule").asString()));
        return rules;
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isLessThan(300);
        return JSON.readTree(response.body());
    }

    private static long referents(JsonNode group) {
        return group.get("members").valueStream().filter(m -> m.get("role").asString().equals("REFERENT")).count();
    }

}
