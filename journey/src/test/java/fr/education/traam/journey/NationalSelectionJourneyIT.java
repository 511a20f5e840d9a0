package fr.education.traam.journey;

import static fr.education.traam.journey.Answers.awaitAnswer;
import static fr.education.traam.journey.Answers.expectStatus;
import static fr.education.traam.journey.Answers.patiently;
import static fr.education.traam.journey.Answers.seconds;
import static fr.education.traam.journey.Gateway.json;
import static fr.education.traam.testkit.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import fr.education.traam.local.DisposablePlatform;
import fr.education.traam.testkit.KafkaTopicProbe;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * The journey of issue 4: the real platform — Kafka, the MongoDB server, every service of {@code components.conf}
 * and the gateway, each in its own JVM from the jars the build just made — driven through the gateway only. A DNE
 * expert opens a call, eight académies apply (one by its dedicated file), Lyon's DAN registers the académie's website
 * (a receiver on loopback), the expert selects six and publishes, the académies learn their outcome on
 * {@code traam.candidatures}, the theme's ÉduNum draft holds the news, the website has received correctly signed
 * webhooks, and the edition an editor publishes shows in the line's Atom feed. Then the website goes down, a second
 * theme's selection is published and the campaign enters launch preparation, the website comes back, and every
 * delivery reaches it, none twice. Last, the expert amends the first selection (Lyon out, Toulouse in): both
 * académies' feeds follow, and the website receives the signed amendments.
 *
 * <p>The platform is the one {@link SharedPlatform} starts for every journey test class; the journey makes its own
 * campaign and relies on no other class's data.
 *
 * <p>The services learn of each other's changes through Kafka, so a step that depends on an earlier one in another
 * service waits for it, within a bound, rather than sleeping.
 */
@ExtendWith(SharedPlatform.class)
class NationalSelectionJourneyIT {

    private static final Logger log = LoggerFactory.getLogger(NationalSelectionJourneyIT.class);

    private static final String SELECTED = "fr.education.traam.candidatures.academy-selected.v2";
    private static final String NOT_RETAINED = "fr.education.traam.candidatures.academy-not-retained.v1";
    private static final String SELECTION_PUBLISHED = "fr.education.traam.candidatures.national-selection-published.v1";
    private static final String PHASE_ADVANCED = "fr.education.traam.campaigns.campaign-phase-advanced.v1";
    private static final String SELECTION_AMENDED = "fr.education.traam.candidatures.national-selection-amended.v1";
    private static final String TEAMS_TRANSMITTED = "fr.education.traam.candidatures.selected-teams-transmitted.v1";

    private static final List<Academy> BY_FORM = List.of(Academy.LYON, Academy.GRENOBLE, Academy.RENNES,
            Academy.LILLE, Academy.NANTES, Academy.TOULOUSE, Academy.BORDEAUX);
    private static final Academy BY_FILE = Academy.VERSAILLES;
    private static final List<Academy> CHOSEN = List.of(Academy.LYON, Academy.GRENOBLE, Academy.RENNES,
            Academy.LILLE, Academy.VERSAILLES, Academy.NANTES);
    /** The seventh the expert would like to keep, beyond the theme's six places. */
    private static final Academy ONE_TOO_MANY = Academy.TOULOUSE;
    private static final List<Academy> LEFT_OUT = List.of(Academy.TOULOUSE, Academy.BORDEAUX);
    /** A selected académie whose website follows its news; it applies to the second theme too. */
    private static final Academy WITH_A_WEBSITE = Academy.LYON;

    private static DisposablePlatform platform;
    private static Gateway gateway;
    private static Badges badges;
    private static Campaigning campaigning;

    @BeforeAll
    static void useTheSharedPlatform() {
        SharedPlatform.Running running = SharedPlatform.running();
        platform = running.platform();
        gateway = running.gateway();
        badges = running.badges();
        campaigning = new Campaigning(gateway, badges);
    }

    @Test
    void a_published_national_selection_reaches_the_academies_the_theme_newsletter_and_a_website_that_misses_nothing_while_down() {
        long journeyStarted = System.nanoTime();
        String expert = badges.dneExpert(CampaignDrafts.EXPERT_ID);

        String campaignId = campaigning.draftAndOpenTheCall(expert);
        String theme = CampaignDrafts.THEME_ID;
        BY_FORM.forEach(academy -> campaigning.applyByForm(academy, campaignId, theme));
        applyByDedicatedFile(BY_FILE, campaignId, theme);
        campaigning.applyByForm(WITH_A_WEBSITE, campaignId, CampaignDrafts.SECOND_THEME_ID);

        try (LoopbackReceiver receiver = LoopbackReceiver.start()) {
            AcademyWebsite website = registerTheWebsite(receiver);

            campaigning.moveTo(campaignId, "NATIONAL_SELECTION", expert);
            String selection = "/api/candidatures/selections/" + campaignId + "/" + theme;
            CHOSEN.forEach(academy -> campaigning.select(selection, academy, expert));
            assertProblem(campaigning.decide(selection, ONE_TOO_MANY, expert), 409, "capacity-reached");
            expectStatus(200, gateway.post(selection + "/publication", expert, null));

            String selectionId = campaignId + "/" + theme;
            eachAcademyLearnsItsOutcome(selectionId);
            theGroupsFormAndThoseResponsibleCompleteThem(campaignId, theme, expert);

            String line = "theme-" + campaignId + "-" + theme;
            theDraftHoldsTheNews(line);
            theWebsiteReceivedSignedNews(website, campaignId, selectionId);
            JsonNode edition = json(expectStatus(201,
                    gateway.post("/api/dissemination/edition-lines/" + line + "/draft/publication", badges.editor(), null)));
            theAtomFeedShows(line, edition);
            log.info("Journey up to the published edition in {} s", seconds(journeyStarted));

            long downtimeStarted = System.nanoTime();
            receiver.stop();
            String secondSelection = "/api/candidatures/selections/" + campaignId + "/" + CampaignDrafts.SECOND_THEME_ID;
            campaigning.select(secondSelection, WITH_A_WEBSITE, expert);
            expectStatus(200, gateway.post(secondSelection + "/publication", expert, null));
            campaigning.moveTo(campaignId, "LAUNCH_PREPARATION", expert);
            theNewsFailsToReachTheWebsiteWhileItIsDown(website);
            receiver.restart();
            everyDeliveryReachesTheWebsiteOnce(website, campaignId, campaignId + "/" + CampaignDrafts.SECOND_THEME_ID);
            log.info("Website down, news published, website back and every delivery in: {} s", seconds(downtimeStarted));

            amend(selection, WITH_A_WEBSITE, "NOT_RETAINED", expert);
            amend(selection, ONE_TOO_MANY, "SELECTED", expert);
            theFeedsFollowTheAmendedSelection(campaignId, theme);
            theWebsiteReceivesTheSignedAmendments(website, selectionId);
            theGroupsServiceAloneReceivesTheTeamsAsTheSelectionStands(selectionId);
            theGroupsFollowTheAmendments(campaignId, theme, expert);
        }

        log.info("Journey through the gateway in {} s", seconds(journeyStarted));
    }

    private void applyByDedicatedFile(Academy academy, String campaignId, String themeId) {
        String dan = badges.dan(academy);
        HttpResponse<String> upload = expectStatus(202, gateway.upload("/api/candidatures/imports?campaignId=" + campaignId,
                dan, academy.name().toLowerCase(Locale.ROOT) + ".csv", "text/csv", Applications.dedicatedFile(academy, themeId)));
        String imported = Gateway.pathOf(upload.headers().firstValue("Location").orElseThrow());
        JsonNode done = json(awaitAnswer("the import of " + academy.name() + "'s file", 200,
                () -> gateway.get(imported, dan), response -> isFinal(json(response).get("status").asString())));
        assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("ACCEPTED");
        assertThat(done.get("candidaturesCreated").asInt()).isEqualTo(1);
    }

    private static boolean isFinal(String importStatus) {
        return importStatus.equals("ACCEPTED") || importStatus.equals("REJECTED");
    }


    private void eachAcademyLearnsItsOutcome(String selectionId) {
        try (KafkaTopicProbe candidatures = new KafkaTopicProbe(platform.kafkaBootstrapServers(), "traam.candidatures")) {
            // The summary follows every académie's outcome on the same partition: once it is read, they all are.
            JsonNode summary = body(candidatures.awaitRecords(of(selectionId, SELECTION_PUBLISHED), 1).get(0));
            assertThat(strings(summary.get("selected"))).isEqualTo(codes(CHOSEN));
            assertThat(strings(summary.get("notRetained"))).isEqualTo(codes(LEFT_OUT));

            assertThat(academies(candidatures.awaitRecords(of(selectionId, SELECTED), CHOSEN.size())))
                    .isEqualTo(codes(CHOSEN));
            assertThat(academies(candidatures.awaitRecords(of(selectionId, NOT_RETAINED), LEFT_OUT.size())))
                    .isEqualTo(codes(LEFT_OUT));
            assertThat(candidatures.awaitRecords(record -> selectionId.equals(record.key()), CHOSEN.size() + LEFT_OUT.size() + 1))
                    .as("no team on the public topic").allSatisfy(record -> assertThat(body(record).has("team")).isFalse());
        }
    }

    /**
     * The teams travel on the restricted topic only, the whole selection each time: at publication (revision 0), then
     * after Lyon left (1) and Toulouse came in (2).
     */
    private void theGroupsServiceAloneReceivesTheTeamsAsTheSelectionStands(String selectionId) {
        try (KafkaTopicProbe teams = new KafkaTopicProbe(platform.kafkaBootstrapServers(), "traam.candidatures.teams")) {
            List<JsonNode> transmitted = teams.awaitRecords(of(selectionId, TEAMS_TRANSMITTED), 3).stream()
                    .map(NationalSelectionJourneyIT::body).toList();
            assertThat(transmitted).extracting(t -> t.get("revision").asInt()).containsExactly(0, 1, 2);
            assertThat(teamsOf(transmitted.get(0))).isEqualTo(codes(CHOSEN));
            assertThat(teamsOf(transmitted.get(1))).isEqualTo(codes(CHOSEN.stream().filter(a -> a != WITH_A_WEBSITE).toList()));
            assertThat(teamsOf(transmitted.get(2))).contains(ONE_TOO_MANY.code()).doesNotContain(WITH_A_WEBSITE.code())
                    .hasSize(CHOSEN.size());
            assertThat(transmitted.get(0).at("/teams/0/team/referent/email").asString()).contains("@");
        }
    }

    /**
     * The published selection forms the theme's national group and one academic group per selected académie. The
     * national group waits for its inspector general, whom the expert adds; Grenoble's teacher leaves, which leaves its
     * group with 2 teachers of the 3 it needs, until its DAN adds one; traam.groups shows each verdict, with no names.
     */
    private void theGroupsFormAndThoseResponsibleCompleteThem(String campaignId, String theme, String expert) {
        String listing = "/api/groups?campaignId=" + campaignId + "&themeId=" + theme;
        try (KafkaTopicProbe groupEvents = new KafkaTopicProbe(platform.kafkaBootstrapServers(), "traam.groups")) {
            JsonNode groups = json(awaitAnswer("the groups of the theme", 200, () -> gateway.get(listing, expert),
                    response -> json(response).size() == CHOSEN.size() + 1));
            JsonNode national = groups.get(0);
            assertThat(national.get("kind").asString()).isEqualTo("NATIONAL");
            assertThat(national.get("members").valueStream().filter(m -> m.get("role").asString().equals("REFERENT"))
                    .map(m -> m.get("academy").asString()).collect(Collectors.toSet())).isEqualTo(codes(CHOSEN));
            assertThat(national.at("/unmet/0/rule").asString()).isEqualTo("NO_INSPECTOR_GENERAL");
            assertThat(groups.valueStream().skip(1).map(g -> g.at("/academy/code").asString()).collect(Collectors.toSet()))
                    .isEqualTo(codes(CHOSEN));
            assertThat(json(gateway.get(listing, null)).valueStream()).as("anyone sees who works on the theme, not who they are")
                    .allSatisfy(g -> assertThat(g.has("members")).isFalse());

            String nationalId = national.get("id").asString();
            JsonNode completed = json(expectStatus(201, gateway.send("POST", "/api/groups/" + nationalId + "/members", expert,
                    new Member("Anne Lefèvre", "anne.lefevre@education.gouv.fr", "INSPECTOR_GENERAL"),
                    "\"" + national.get("version").asLong() + "\"")));
            assertThat(completed.get("status").asString()).isEqualTo("COMPLETE");

            JsonNode grenoble = groups.valueStream().filter(g -> g.at("/academy/code").asString().equals(Academy.GRENOBLE.code()))
                    .findFirst().orElseThrow();
            String grenobleId = grenoble.get("id").asString();
            String dan = badges.dan(Academy.GRENOBLE);
            String teacher = grenoble.get("members").valueStream().filter(m -> m.get("role").asString().equals("TEACHER"))
                    .findFirst().orElseThrow().get("memberId").asString();
            JsonNode incomplete = json(expectStatus(200, gateway.send("DELETE", "/api/groups/" + grenobleId + "/members/" + teacher,
                    dan, null, "\"" + grenoble.get("version").asLong() + "\"")));
            assertThat(incomplete.at("/unmet/0/detail").asString()).isEqualTo("Grenoble's academic group has 2 teachers and needs 3");
            Member newcomer = new Member("Karim Haddad", "karim.haddad@ac-grenoble.fr", "TEACHER");
            assertProblem(gateway.send("POST", "/api/groups/" + grenobleId + "/members", badges.dan(Academy.LYON), newcomer,
                    "\"" + incomplete.get("version").asLong() + "\""), 403, "not-responsible");
            JsonNode complete = json(expectStatus(201, gateway.send("POST", "/api/groups/" + grenobleId + "/members", dan, newcomer,
                    "\"" + incomplete.get("version").asLong() + "\"")));
            assertThat(complete.get("status").asString()).isEqualTo("COMPLETE");

            List<JsonNode> verdicts = groupEvents.awaitRecords(record -> grenobleId.equals(record.key())
                    && "fr.education.traam.groups.group-composition-changed.v1".equals(KafkaTopicProbe.header(record, "ce_type")), 2)
                    .stream().map(NationalSelectionJourneyIT::body).toList();
            assertThat(verdicts).extracting(v -> v.get("status").asString()).containsExactly("INCOMPLETE", "COMPLETE");
            assertThat(groupEvents.awaitRecords(record -> KafkaTopicProbe.value(record).contains(campaignId)
                    && "fr.education.traam.groups.working-group-formed.v1".equals(KafkaTopicProbe.header(record, "ce_type")),
                    CHOSEN.size() + 1)).allSatisfy(record -> {
                        assertThat(KafkaTopicProbe.header(record, "ce_source")).isEqualTo("/traam/groups");
                        assertThat(KafkaTopicProbe.value(record)).as("no names or addresses on traam.groups").doesNotContain("@");
                    });
        }
    }

    /** The amendments took Lyon out and brought Toulouse in: Lyon's group closed, Toulouse's formed, its referent seated. */
    private void theGroupsFollowTheAmendments(String campaignId, String theme, String expert) {
        String listing = "/api/groups?campaignId=" + campaignId + "&themeId=" + theme;
        JsonNode groups = json(awaitAnswer("the groups after the amendments", 200, () -> gateway.get(listing, expert),
                response -> json(response).size() == CHOSEN.size() + 2));
        assertThat(groups.valueStream().filter(g -> g.at("/academy/code").asString().equals(WITH_A_WEBSITE.code())))
                .singleElement().satisfies(lyon -> assertThat(lyon.get("state").asString()).isEqualTo("CLOSED"));
        assertThat(groups.get(0).get("seats").valueStream().map(JsonNode::asString).collect(Collectors.toSet()))
                .contains(ONE_TOO_MANY.code()).doesNotContain(WITH_A_WEBSITE.code());
    }

    record Member(String name, String email, String role) {
    }

    private static Set<String> teamsOf(JsonNode transmitted) {
        return transmitted.get("teams").valueStream().map(team -> team.at("/academy/code").asString()).collect(Collectors.toSet());
    }

    private void theDraftHoldsTheNews(String line) {
        String editor = badges.editor();
        // The opening call and the published selection are both news for the theme's line.
        Set<String> expected = Set.of("CALL_OPEN", "SELECTION_PUBLISHED");
        HttpResponse<String> draft = awaitAnswer("the news in the draft of " + line, 200,
                () -> gateway.get("/api/dissemination/edition-lines/" + line + "/draft", editor),
                response -> kinds(json(response)).containsAll(expected));
        assertThat(json(draft).get("items").valueStream().map(item -> item.get("title").asString()))
                .allSatisfy(title -> assertThat(title).isNotBlank());
    }

    private static Set<String> kinds(JsonNode draft) {
        return draft.get("items").valueStream().map(item -> item.get("kind").asString()).collect(Collectors.toSet());
    }

    /**
     * Lyon's DAN registers the académie's website for the news of Lyon: the campaign's phases (national news, so
     * every académie's) and the selections naming Lyon. The platform runs with the {@code local} profile, which lets
     * a webhook point at loopback. The secret is in this answer only.
     */
    private AcademyWebsite registerTheWebsite(LoopbackReceiver receiver) {
        JsonNode registered = json(expectStatus(201, gateway.post("/api/dissemination/sites", badges.dan(WITH_A_WEBSITE),
                AcademyWebsite.ownAcademyNews(WITH_A_WEBSITE, receiver.url(), List.of(PHASE_ADVANCED, SELECTION_PUBLISHED,
                        SELECTION_AMENDED)))));
        assertThat(registered.get("site").get("academy").asString()).isEqualTo(WITH_A_WEBSITE.code());
        assertThat(registered.get("site").has("secret")).isFalse();
        return new AcademyWebsite(receiver, registered.get("site").get("id").asString(),
                new StandardWebhooksVerifier(registered.get("secret").asString()));
    }

    /** The entry into the selection phase, then the selection naming Lyon: each signed with the site's secret. */
    private void theWebsiteReceivedSignedNews(AcademyWebsite website, String campaignId, String selectionId) {
        patiently().alias("two webhooks at the website").until(() -> website.receiver().received().size() >= 2);
        List<AcademyWebsite.Webhook> webhooks = website.webhooks();
        assertThat(webhooks).extracting(AcademyWebsite.Webhook::type, AcademyWebsite.Webhook::subject)
                .containsExactlyInAnyOrder(tuple(PHASE_ADVANCED, campaignId), tuple(SELECTION_PUBLISHED, selectionId));
        assertThat(webhooks).filteredOn(webhook -> webhook.type().equals(PHASE_ADVANCED)).singleElement()
                .satisfies(webhook -> assertThat(webhook.data().get("to").asString()).isEqualTo("NATIONAL_SELECTION"));
        assertThat(webhooks).filteredOn(webhook -> webhook.type().equals(SELECTION_PUBLISHED)).singleElement()
                .satisfies(webhook -> {
                    assertThat(strings(webhook.data().get("selected"))).isEqualTo(codes(CHOSEN));
                    assertThat(strings(webhook.data().get("notRetained"))).isEqualTo(codes(LEFT_OUT));
                });
        // Delivered in the log too, so that no attempt of these is still under way when the website goes down.
        awaitDeliveries(website, "the first two deliveries recorded as delivered", 2, patiently(),
                deliveries -> deliveries.stream().allMatch(NationalSelectionJourneyIT::delivered));
    }

    /**
     * The second theme's selection and the launch preparation are stored as deliveries and tried at once; with the
     * website down, the first attempt of each fails and both wait for their first retry (5 s in the documented
     * schedule). Bringing the website back only once both have failed makes the retry, not the first attempt, the
     * one that delivers.
     */
    private void theNewsFailsToReachTheWebsiteWhileItIsDown(AcademyWebsite website) {
        awaitDeliveries(website, "two new deliveries, each with a failed attempt", 4, patiently(),
                deliveries -> deliveries.stream().filter(delivery -> !delivered(delivery))
                        .filter(delivery -> delivery.get("attempts").size() >= 1).count() == 2);
        assertThat(website.receiver().received()).hasSize(2);
    }

    /**
     * Every delivery reaches the website, and none twice: each {@code webhook-id} (the same on every attempt of one
     * delivery) arrives once, and the delivery log shows each delivered, the two late ones after a failed attempt.
     */
    private void everyDeliveryReachesTheWebsiteOnce(AcademyWebsite website, String campaignId, String secondSelectionId) {
        List<JsonNode> deliveries = awaitDeliveries(website, "four deliveries delivered", 4, afterRetries(),
                entries -> entries.stream().allMatch(NationalSelectionJourneyIT::delivered));
        List<AcademyWebsite.Webhook> webhooks = website.webhooks();
        assertThat(webhooks).extracting(AcademyWebsite.Webhook::webhookId).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(deliveries.stream().map(delivery -> delivery.get("webhookId").asString()).toList());
        assertThat(webhooks.subList(2, webhooks.size()))
                .extracting(AcademyWebsite.Webhook::type, AcademyWebsite.Webhook::subject)
                .containsExactlyInAnyOrder(tuple(SELECTION_PUBLISHED, secondSelectionId), tuple(PHASE_ADVANCED, campaignId));
        assertThat(webhooks).filteredOn(webhook -> webhook.subject().equals(secondSelectionId)).singleElement()
                .satisfies(webhook -> assertThat(strings(webhook.data().get("selected"))).containsExactly(WITH_A_WEBSITE.code()));
        assertThat(webhooks).filteredOn(webhook -> webhook.type().equals(PHASE_ADVANCED))
                .extracting(webhook -> webhook.data().get("to").asString())
                .containsExactlyInAnyOrder("NATIONAL_SELECTION", "LAUNCH_PREPARATION");
        assertThat(deliveries).filteredOn(delivery -> delivery.get("attempts").size() > 1).hasSize(2).allSatisfy(delivery -> {
            List<JsonNode> attempts = delivery.get("attempts").valueStream().toList();
            assertThat(attempts.get(0).path("error").isString()).as("a failed first attempt: " + delivery).isTrue();
            assertThat(attempts.get(attempts.size() - 1).path("status").asInt()).as(delivery.toString()).isBetween(200, 299);
        });
    }

    private static boolean delivered(JsonNode delivery) {
        return delivery.get("status").asString().equals("DELIVERED");
    }

    /**
     * Waits until the site's delivery log, read through the gateway as Lyon's DAN, holds {@code count} deliveries
     * that satisfy {@code done}; returns them.
     */
    private List<JsonNode> awaitDeliveries(AcademyWebsite website, String what, int count, ConditionFactory bound,
                                           Predicate<List<JsonNode>> done) {
        String path = "/api/dissemination/sites/" + website.siteId() + "/deliveries";
        HttpResponse<String> answer = awaitAnswer(what, 200, bound, () -> gateway.get(path, badges.dan(WITH_A_WEBSITE)),
                response -> {
                    List<JsonNode> deliveries = json(response).valueStream().toList();
                    return deliveries.size() == count && done.test(deliveries);
                });
        return json(answer).valueStream().toList();
    }

    private void amend(String selection, Academy academy, String decision, String expert) {
        JsonNode sheet = json(expectStatus(201, gateway.post(selection + "/amendments", expert,
                new Amendment(academy.code(), decision, "Correction après publication : l'équipe a changé"))));
        assertThat(sheet.get("selectedCount").asInt()).isEqualTo(CHOSEN.size() - ("SELECTED".equals(decision) ? 0 : 1));
    }

    record Amendment(String academy, String decision, String rationale) {
    }

    /** Lyon's entry of the selection no longer reads « Retenue »; Toulouse, retained by the correction, has one. */
    private void theFeedsFollowTheAmendedSelection(String campaignId, String theme) {
        String link = "/api/candidatures/selections/" + campaignId + "/" + theme;
        SyndEntry lyon = awaitFeedEntry(WITH_A_WEBSITE, link, entry -> entry.getTitle().startsWith("Non retenue"));
        assertThat(lyon.getDescription().getValue()).contains("ne retient plus cette académie")
                .as("the public read leaves out the experts' rationale").doesNotContain("Correction après publication");
        SyndEntry toulouse = awaitFeedEntry(ONE_TOO_MANY, link, entry -> entry.getTitle().startsWith("Retenue"));
        assertThat(toulouse.getDescription().getValue()).contains("retient 6 académies");
    }

    private SyndEntry awaitFeedEntry(Academy academy, String selectionPath, Predicate<SyndEntry> reads) {
        AtomicReference<SyndEntry> found = new AtomicReference<>();
        awaitAnswer("the feed of " + academy.name() + " following the amendment", 200,
                () -> gateway.get("/api/dissemination/academies/" + academy.code() + "/feed.atom", null), response -> {
                    List<SyndEntry> entries = parse(response.body()).getEntries().stream()
                            .filter(entry -> entry.getLink() != null && entry.getLink().endsWith(selectionPath)).toList();
                    found.set(entries.isEmpty() ? null : entries.get(0));
                    return entries.size() == 1 && reads.test(entries.get(0));
                });
        return found.get();
    }

    /** Each amendment concerns Lyon's selection: the website receives both, in order, signed, without personal data. */
    private void theWebsiteReceivesTheSignedAmendments(AcademyWebsite website, String selectionId) {
        patiently().alias("two amendments at the website").until(() -> website.webhooks().stream()
                .filter(webhook -> webhook.type().equals(SELECTION_AMENDED)).count() == 2);
        List<AcademyWebsite.Webhook> amendments = website.webhooks().stream()
                .filter(webhook -> webhook.type().equals(SELECTION_AMENDED)).toList();
        assertThat(amendments).extracting(AcademyWebsite.Webhook::subject).containsOnly(selectionId);
        assertThat(amendments).extracting(webhook -> webhook.data().get("revision").asInt()).containsExactlyInAnyOrder(1, 2);
        assertThat(amendments).filteredOn(webhook -> webhook.data().get("revision").asInt() == 2).singleElement().satisfies(webhook -> {
            assertThat(strings(webhook.data().get("selected"))).contains(ONE_TOO_MANY.code()).doesNotContain(WITH_A_WEBSITE.code());
            assertThat(webhook.data().has("team")).isFalse();
            assertThat(webhook.data().has("rationale")).isFalse();
        });
    }

    private void theAtomFeedShows(String line, JsonNode edition) {
        HttpResponse<String> atom = expectStatus(200, gateway.get("/api/dissemination/edition-lines/" + line + "/feed.atom", null));
        SyndFeed feed = parse(atom.body());
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getEntries()).extracting(SyndEntry::getTitle, SyndEntry::getLink)
                .contains(tuple(edition.get("title").asString(), edition.get("url").asString()));
    }

    private static SyndFeed parse(String atom) {
        try {
            return new SyndFeedInput().build(new StringReader(atom));
        } catch (FeedException e) {
            throw new AssertionError("the Atom feed does not parse: " + atom, e);
        }
    }

    private static Predicate<ConsumerRecord<String, byte[]>> of(String selectionId, String type) {
        return record -> selectionId.equals(record.key()) && type.equals(KafkaTopicProbe.header(record, "ce_type"));
    }

    private static JsonNode body(ConsumerRecord<String, byte[]> record) {
        return Gateway.json(KafkaTopicProbe.value(record));
    }

    private static Set<String> academies(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(record -> body(record).get("academy").get("code").asString()).collect(Collectors.toSet());
    }

    private static Set<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).collect(Collectors.toSet());
    }

    private static Set<String> codes(List<Academy> academies) {
        return academies.stream().map(Academy::code).collect(Collectors.toSet());
    }

    /**
     * A failed delivery is retried 5 to 6 s later, then 30 to 36 s after that; should a retry fail too, the site's
     * circuit breaker may open for 60 s. Two minutes cover all of it, so only a platform that lost a delivery fails.
     */
    private static ConditionFactory afterRetries() {
        return await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500));
    }
}
