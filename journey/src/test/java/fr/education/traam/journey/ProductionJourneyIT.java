package fr.education.traam.journey;

import static fr.education.traam.journey.Answers.awaitAnswer;
import static fr.education.traam.journey.Answers.expectStatus;
import static fr.education.traam.journey.Answers.patiently;
import static fr.education.traam.journey.Answers.seconds;
import static fr.education.traam.journey.Gateway.json;
import static fr.education.traam.testkit.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.education.traam.local.DisposablePlatform;
import fr.education.traam.testkit.KafkaTopicProbe;
import fr.education.traam.testkit.standards.OaiSchema;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * The journey of issue 11, through the gateway only, on the platform {@link SharedPlatform} started: after a published
 * selection has formed Lyon's academic group, one of its teachers writes a pedagogical scenario with a picture, the
 * group's piloting inspector asks for changes, the teacher revises, the inspector then the theme's DNE expert approve;
 * publication is refused with every unmet check listed; once the teacher has met them the expert publishes. The
 * scenario is then in the public catalogue (no token), on its public page, in the theme's ÉduNum draft, among the
 * editor's social drafts and, signed, at Lyon's website; an outside Kafka client reads its publication. The expert
 * withdraws it: the catalogue and its page answer {@code 410 Gone}, the draft and the social drafts let it go, and the
 * website and the outside client learn of the withdrawal. Édubase's harvester finds its ScoLOMFR record over OAI-PMH,
 * then a deleted record.
 *
 * <p>The people are recognised as the productions service recognises them: a teacher and an inspector by the
 * professional address their candidature gave (their token's {@code email} claim), the expert by the id the theme
 * names. The journey makes its own campaign and relies on no other class's data.
 */
@ExtendWith(SharedPlatform.class)
class ProductionJourneyIT {

    private static final Logger log = LoggerFactory.getLogger(ProductionJourneyIT.class);

    private static final String PUBLISHED = "fr.education.traam.productions.production-published.v1";
    private static final String WITHDRAWN = "fr.education.traam.productions.production-withdrawn.v1";
    private static final Academy LYON = Academy.LYON;
    /** The A2RNE checklist's items, by its five themes (docs/api/productions.md). */
    private static final List<String> CHECKLIST = List.of("CN-1", "CN-2", "CN-3", "BP1-1", "TC-2", "TC-3", "IM-1", "IM-2",
            "IM-3", "TF-1", "TF-2", "CD-1", "CD-2");
    private static final String RESOURCE = "https://vittascience.com/ia";
    /** Who made the picture, as a camera or an editor writes it in the file; stripped before anyone else reads it. */
    private static final String PICTURE_AUTHOR = "Paul Martin, classe de 5e B";

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
    void a_teacher_s_scenario_is_reviewed_held_at_the_gate_published_to_everyone_and_withdrawn() {
        long journeyStarted = System.nanoTime();
        String expert = badges.dneExpert(CampaignDrafts.EXPERT_ID);
        String teacher = badges.groupMember("TEACHER", LYON, LYON.address("paul.martin"));
        String inspector = badges.groupMember("ACADEMIC_INSPECTOR", LYON, LYON.address("helene.robert"));
        String theme = CampaignDrafts.THEME_ID;

        String campaignId = campaigning.draftAndOpenTheCall(expert);
        campaigning.applyByForm(LYON, campaignId, theme);
        campaigning.moveTo(campaignId, "NATIONAL_SELECTION", expert);
        String selection = "/api/candidatures/selections/" + campaignId + "/" + theme;
        campaigning.select(selection, LYON, expert);
        expectStatus(200, gateway.post(selection + "/publication", expert, null));
        String lyonGroup = lyonsAcademicGroup(campaignId, theme, expert);
        log.info("Lyon's academic group formed in {} s", seconds(journeyStarted));

        try (LoopbackReceiver receiver = LoopbackReceiver.start();
             KafkaTopicProbe outside = new KafkaTopicProbe(platform.kafkaBootstrapServers(), "traam.productions")) {
            AcademyWebsite website = registerTheWebsite(receiver);
            String title = "Écrire avec une IA en 5e " + UUID.randomUUID().toString().substring(0, 8);

            // The teacher writes: the productions service knows the group once traam.groups and traam.groups.people have reached it.
            HttpResponse<String> drafted = awaitAnswer("the draft of Lyon's teacher", 201,
                    () -> gateway.post("/api/productions", teacher, Scenario.draft(lyonGroup, title)));
            String id = json(drafted).get("id").asString();
            String path = "/api/productions/" + id;
            assertThat(json(drafted).get("status").asString()).isEqualTo("DRAFT");
            assertThat(gateway.get(path, null).statusCode()).as("a draft is not public").isEqualTo(404);
            assertProblem(gateway.post("/api/productions", badges.groupMember("TEACHER", LYON, LYON.address("nadia.roux")),
                    Scenario.draft(lyonGroup, "Intrus")), 403, "not-an-author");

            HttpResponse<String> attached = expectStatus(201, gateway.upload(path + "/attachments", teacher, "frise.png",
                    "application/octet-stream", pictureSigned(PICTURE_AUTHOR), etag(drafted)));
            JsonNode picture = json(attached).get("attachments").get(0);
            assertThat(picture.get("contentType").asString()).as("the type sniffed from the bytes").isEqualTo("image/png");
            String attachmentPath = path + "/attachments/" + picture.get("id").asString();

            HttpResponse<String> submitted = expectStatus(200, gateway.send("POST", path + "/submission", teacher, null, etag(attached)));
            assertThat(json(submitted).get("stage").asString()).isEqualTo("ACADEMIC");
            assertProblem(gateway.send("POST", path + "/reviews", expert, new Review("APPROVED", null), etag(submitted)),
                    403, "not-the-reviewer");
            HttpResponse<String> sentBack = expectStatus(200, gateway.send("POST", path + "/reviews", inspector,
                    new Review("CHANGES_REQUESTED", "Précisez comment la séquence est évaluée."), etag(submitted)));
            assertThat(json(sentBack).get("status").asString()).isEqualTo("CHANGES_REQUESTED");
            assertThat(json(sentBack).at("/comments/0/text").asString()).isEqualTo("Précisez comment la séquence est évaluée.");

            HttpResponse<String> revised = expectStatus(200, gateway.send("PUT", path, teacher,
                    Scenario.writing(title, "La dernière séance évalue l'argumentation à l'oral."), etag(sentBack)));
            assertThat(json(revised).get("version").asInt()).as("every revision is a version").isEqualTo(2);
            HttpResponse<String> resubmitted = expectStatus(200, gateway.send("POST", path + "/submission", teacher, null, etag(revised)));
            HttpResponse<String> academic = expectStatus(200, gateway.send("POST", path + "/reviews", inspector,
                    new Review("APPROVED", null), etag(resubmitted)));
            assertThat(json(academic).get("stage").asString()).isEqualTo("NATIONAL");
            HttpResponse<String> approved = expectStatus(200, gateway.send("POST", path + "/reviews", expert,
                    new Review("APPROVED", "Clair et réutilisable."), etag(academic)));
            assertThat(json(approved).get("status").asString()).isEqualTo("APPROVED");

            HttpResponse<String> refused = gateway.send("POST", path + "/publication", expert, null, etag(approved));
            assertProblem(refused, 422, "publication-checks-unmet");
            assertThat(json(refused).get("unmet").valueStream().map(unmet -> unmet.get("check").asString()))
                    .as("every unmet check in one answer").contains("accessibility-unanswered", "text-alternative-missing",
                            "licence-missing", "terms-of-use-unchecked", "legal-notices-unchecked", "pupil-declaration-missing");
            assertThat(gateway.get(path, null).statusCode()).as("refused, it stays private").isEqualTo(404);

            HttpResponse<String> described = expectStatus(200, gateway.send("PUT", attachmentPath, teacher,
                    new Description("Frise des quatre séances : découvrir, comparer, réécrire, débattre"), etag(approved)));
            HttpResponse<String> checked = expectStatus(200, gateway.send("PUT", path + "/publication-checks", teacher,
                    Checks.allMet(), etag(described)));
            assertThat(json(checked).get("unmet").size()).as(checked.body()).isZero();
            HttpResponse<String> published = expectStatus(200, gateway.send("POST", path + "/publication", expert, null, etag(checked)));
            String publicUrl = json(published).get("publicUrl").asString();
            assertThat(publicUrl).isEqualTo(platform.gateway().resolve("/productions/" + id).toString());
            log.info("Scenario drafted, reviewed and published in {} s", seconds(journeyStarted));

            JsonNode event = theOutsideClientReads(outside, id, PUBLISHED);
            assertThat(event.get("url").asString()).isEqualTo(publicUrl);
            assertThat(KafkaTopicProbe.value(outside.awaitRecords(of(id, PUBLISHED), 1).get(0)))
                    .as("no names on the public topic").doesNotContain("paul.martin", "Hélène", "Précisez");
            everyoneFindsItWithoutAToken(id, title, campaignId, theme, publicUrl, attachmentPath);
            String record = harvested(id, response -> response.contains("<lom "));
            assertThat(record).as("its ScoLOMFR record, in Lyon's set").contains(title, publicUrl,
                    "scolomfr-voc-010-num-020", "<setSpec>academy:" + LYON.code() + "</setSpec>");
            String line = "theme-" + campaignId + "-" + theme;
            theDraftHolds(line, publicUrl, true);
            String socialDraft = theSocialDraftLinksTo(publicUrl);
            AcademyWebsite.Webhook publication = theWebsiteReceives(website, PUBLISHED, id);
            assertThat(publication.data().get("url").asString()).isEqualTo(publicUrl);
            assertThat(publication.data().get("licence").asString()).isEqualTo("CC BY-NC-SA 4.0");
            assertThat(publication.data().get("licenceUrl").asString()).isEqualTo("https://creativecommons.org/licenses/by-nc-sa/4.0/deed.fr");

            expectStatus(204, gateway.send("POST", path + "/withdrawal", expert,
                    new Withdrawal("Un élève y est reconnaissable."), etag(published)));
            assertThat(theOutsideClientReads(outside, id, WITHDRAWN).get("url").asString()).isEqualTo(publicUrl);
            theCatalogueAnswersGone(id, title, publicUrl);
            assertThat(harvested(id, response -> response.contains("status=\"deleted\"")))
                    .as("a harvester learns of the withdrawal: a deleted record").doesNotContain("<metadata>");
            theDraftHolds(line, publicUrl, false);
            JsonNode discarded = json(expectStatus(200, gateway.get("/api/dissemination/social-drafts/" + socialDraft, badges.editor())));
            assertThat(discarded.get("status").asString()).as(discarded.toString()).isEqualTo("DISCARDED");
            assertThat(theWebsiteReceives(website, WITHDRAWN, id).data().get("url").asString()).isEqualTo(publicUrl);
            assertThat(website.webhooks()).extracting(AcademyWebsite.Webhook::type, AcademyWebsite.Webhook::subject)
                    .as("the review's events are not for websites, and nothing came twice")
                    .containsExactly(tuple(PUBLISHED, id), tuple(WITHDRAWN, id));
        }
        log.info("Production journey through the gateway in {} s", seconds(journeyStarted));
    }

    /** The published selection forms Lyon's academic group, whose members are its candidature's team. */
    private String lyonsAcademicGroup(String campaignId, String theme, String expert) {
        String listing = "/api/groups?campaignId=" + campaignId + "&themeId=" + theme + "&academy=" + LYON.code();
        JsonNode groups = json(awaitAnswer("Lyon's academic group", 200, () -> gateway.get(listing, expert),
                response -> json(response).size() == 1));
        JsonNode lyon = groups.get(0);
        assertThat(lyon.get("kind").asString()).isEqualTo("ACADEMIC");
        assertThat(lyon.get("members").valueStream().map(member -> member.get("role").asString()))
                .contains("TEACHER", "PILOTING_INSPECTOR");
        return lyon.get("id").asString();
    }

    /** Lyon's DAN registers the website for the productions of Lyon, published and withdrawn. */
    private AcademyWebsite registerTheWebsite(LoopbackReceiver receiver) {
        JsonNode registered = json(expectStatus(201, gateway.post("/api/dissemination/sites", badges.dan(LYON),
                AcademyWebsite.ownAcademyNews(LYON, receiver.url(), List.of(PUBLISHED, WITHDRAWN)))));
        return new AcademyWebsite(receiver, registered.get("site").get("id").asString(),
                new StandardWebhooksVerifier(registered.get("secret").asString()));
    }

    /**
     * Anyone finds the scenario by a word of its title and by its facets, each facet counting it once; reads its JSON,
     * its public page (French, its picture described, its licence shown) and its picture, stripped of its author.
     */
    private void everyoneFindsItWithoutAToken(String id, String title, String campaignId, String theme, String publicUrl,
                                              String attachmentPath) {
        String word = title.substring(title.lastIndexOf(' ') + 1);
        JsonNode found = json(awaitAnswer("the scenario in the public catalogue", 200,
                () -> gateway.get("/api/productions/catalogue?q=" + word, null), response -> json(response).get("total").asInt() == 1));
        assertThat(found.at("/results/0/id").asString()).isEqualTo(id);
        JsonNode faceted = json(expectStatus(200, gateway.get("/api/productions/catalogue?q=" + word + "&theme=" + theme
                + "&academy=" + LYON.code() + "&kind=SCENARIO&level=CINQUIEME&competence=3.1&discipline="
                + URLEncoder.encode("Lettres", StandardCharsets.UTF_8), null)));
        assertThat(faceted.get("total").asInt()).isEqualTo(1);
        assertThat(count(faceted, "academy", LYON.code())).isEqualTo(1);
        assertThat(count(faceted, "kind", "SCENARIO")).isEqualTo(1);
        assertThat(count(faceted, "theme", theme)).isEqualTo(1);
        assertThat(json(gateway.get("/api/productions/catalogue?q=" + word + "&kind=TRAINING_MODULE", null)).get("total").asInt())
                .as("a facet that excludes it").isZero();

        JsonNode open = json(expectStatus(200, gateway.get("/api/productions/" + id, null)));
        assertThat(open.get("publicUrl").asString()).isEqualTo(publicUrl);
        assertThat(open.toString()).as("the public JSON names no member").doesNotContain("paul.martin", "helene.robert");

        HttpResponse<String> page = expectStatus(200, gateway.get(Gateway.pathOf(publicUrl), null));
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("lang=\"fr\"", "<h1", title, "Frise des quatre séances", "CC BY-NC-SA");

        HttpResponse<String> file = expectStatus(200, gateway.get(attachmentPath.replace("/api/productions/", "/productions/"), null));
        assertThat(file.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("image/png"));
        assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(file.body()).as("the picture's metadata stripped").doesNotContain(PICTURE_AUTHOR);
    }

    /**
     * The production's record as Édubase harvests it, through the gateway's {@code /oai} (OAI-PMH 2.0, ScoLOMFR
     * {@code lom}), once it satisfies {@code done}; every answer is validated against the schemas of
     * ../shared/standards (the envelope, and the record strictly against ScoLOMFR 3.0) when that folder is there.
     */
    private String harvested(String productionId, Predicate<String> done) {
        String getRecord = "/oai?verb=GetRecord&metadataPrefix=lom&identifier=oai:traam.education.fr:" + productionId;
        HttpResponse<String> record = awaitAnswer("the OAI-PMH record of " + productionId, 200,
                () -> gateway.get(getRecord, null), response -> done.test(response.body()));
        assertThat(record.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("xml"));
        OaiSchema.validate(record.body());
        return record.body();
    }

    private static int count(JsonNode catalogue, String facet, String value) {
        return catalogue.get("facets").get(facet).valueStream().filter(v -> v.get("value").asString().equals(value))
                .mapToInt(v -> v.get("count").asInt()).sum();
    }

    /** Withdrawn: its JSON and its page answer 410 with the reason, and the catalogue no longer lists it. */
    private void theCatalogueAnswersGone(String id, String title, String publicUrl) {
        HttpResponse<String> gone = gateway.get("/api/productions/" + id, null);
        assertProblem(gone, 410, "production-withdrawn");
        assertThat(json(gone).get("reason").asString()).isEqualTo("Un élève y est reconnaissable.");
        HttpResponse<String> page = awaitAnswer("the withdrawn page", 410, () -> gateway.get(Gateway.pathOf(publicUrl), null));
        assertThat(page.body()).contains("lang=\"fr\"", "Un élève y est reconnaissable.");
        String word = title.substring(title.lastIndexOf(' ') + 1);
        assertThat(json(expectStatus(200, gateway.get("/api/productions/catalogue?q=" + word, null))).get("total").asInt())
                .as("the catalogue no longer lists it").isZero();
    }

    /** The theme's ÉduNum draft holds the publication's item, linking to the public page, or no longer does. */
    private void theDraftHolds(String line, String publicUrl, boolean present) {
        Predicate<JsonNode> links = item -> publicUrl.equals(item.path("link").asString(null));
        awaitAnswer(present ? "the publication in the theme's draft" : "the withdrawal leaves the theme's draft", 200,
                () -> gateway.get("/api/dissemination/edition-lines/" + line + "/draft", badges.editor()),
                response -> json(response).get("items").valueStream().filter(links)
                        .filter(item -> item.get("kind").asString().equals("PRODUCTION_PUBLISHED")).count() == (present ? 1 : 0));
    }

    /** The editor's pending social draft for the publication: its id. */
    private String theSocialDraftLinksTo(String publicUrl) {
        HttpResponse<String> drafts = awaitAnswer("the social draft", 200,
                () -> gateway.get("/api/dissemination/social-drafts?status=PENDING", badges.editor()),
                response -> json(response).valueStream().anyMatch(draft -> publicUrl.equals(draft.get("link").asString())));
        JsonNode draft = json(drafts).valueStream().filter(d -> publicUrl.equals(d.get("link").asString())).findFirst().orElseThrow();
        assertThat(draft.get("kind").asString()).isEqualTo("PRODUCTION_PUBLISHED");
        assertThat(draft.get("text").asString()).contains("Lyon");
        return draft.get("id").asString();
    }

    /** The website's webhook of {@code type} for the production, its Standard Webhooks signature checked. */
    private static AcademyWebsite.Webhook theWebsiteReceives(AcademyWebsite website, String type, String productionId) {
        patiently().alias(type + " at Lyon's website").until(() -> website.webhooks().stream()
                .anyMatch(webhook -> webhook.type().equals(type) && webhook.subject().equals(productionId)));
        return website.webhooks().stream().filter(webhook -> webhook.type().equals(type)).findFirst().orElseThrow();
    }

    /** What a client of the broker outside the platform reads on {@code traam.productions}: the event's data. */
    private static JsonNode theOutsideClientReads(KafkaTopicProbe outside, String productionId, String type) {
        ConsumerRecord<String, byte[]> record = outside.awaitRecords(of(productionId, type), 1).get(0);
        assertThat(KafkaTopicProbe.header(record, "ce_source")).isEqualTo("/traam/productions");
        return json(KafkaTopicProbe.value(record));
    }

    private static Predicate<ConsumerRecord<String, byte[]>> of(String productionId, String type) {
        return record -> productionId.equals(record.key()) && type.equals(KafkaTopicProbe.header(record, "ce_type"));
    }

    private static String etag(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag: " + response.body()));
    }

    /**
     * A PNG whose {@code tEXt} chunk names its author, as an editor writes it: the chunk goes right after the header
     * chunk, with its CRC, so that the file stays valid.
     */
    private static byte[] pictureSigned(String author) {
        BufferedImage image = new BufferedImage(64, 32, BufferedImage.TYPE_INT_RGB);
        image.setRGB(5, 5, 0x3366cc);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] plain = png.toByteArray();
        byte[] text = ("Author\0" + author).getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer chunk = ByteBuffer.allocate(12 + text.length).putInt(text.length);
        byte[] typeAndData = ByteBuffer.allocate(4 + text.length).put("tEXt".getBytes(StandardCharsets.US_ASCII)).put(text).array();
        CRC32 crc = new CRC32();
        crc.update(typeAndData);
        chunk.put(typeAndData).putInt((int) crc.getValue());
        int afterHeader = 8 + 25; // the signature, then IHDR: length, type, 13 bytes of data, CRC
        ByteArrayOutputStream signed = new ByteArrayOutputStream();
        signed.write(plain, 0, afterHeader);
        signed.writeBytes(chunk.array());
        signed.write(plain, afterHeader, plain.length - afterHeader);
        return signed.toByteArray();
    }

    record Review(String verdict, String comment) {
    }

    record Description(String textAlternative) {
    }

    record Withdrawal(String reason) {
    }

    /** A pedagogical scenario in the shape {@code POST /api/productions} takes. */
    record Scenario(String groupId, String type, String title, String summary, List<String> disciplines, List<String> levels,
                    List<String> competences, Map<String, Object> content) {

        static Scenario draft(String groupId, String title) {
            return new Scenario(groupId, "SCENARIO", title, "La classe compare ses textes à ceux d'une IA.", List.of("Lettres"),
                    List.of("CINQUIEME"), List.of("3.1"), content("Les élèves argumentent."));
        }

        /** The fields a revision sends: everything but the group and the kind. */
        static Map<String, Object> writing(String title, String whatWorked) {
            Scenario scenario = draft(null, title);
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("title", scenario.title());
            fields.put("summary", scenario.summary());
            fields.put("disciplines", scenario.disciplines());
            fields.put("levels", scenario.levels());
            fields.put("competences", scenario.competences());
            fields.put("content", content(whatWorked));
            return fields;
        }

        private static Map<String, Object> content(String whatWorked) {
            return Map.of("scenario", Map.of(
                    "duration", "4 séances",
                    "prerequisites", "Rédiger un paragraphe argumenté",
                    "steps", List.of(Map.of("title", "Découvrir", "description", "Lire trois textes, dont un écrit par une IA.",
                            "duration", "55 min"), Map.of("title", "Réécrire", "description", "Réécrire le texte de l'IA.",
                            "duration", "55 min")),
                    "resources", List.of(Map.of("name", "Vittascience", "url", RESOURCE, "pupilAccountRequired", false)),
                    "whatWorked", whatWorked,
                    "difficulties", "Le réseau du collège est lent."));
        }
    }

    /** The publication checks, all met: the A2RNE checklist answered, a licence, the resource checked, the declaration. */
    record Checks(String licence, Map<String, String> accessibility, List<Map<String, Object>> resources, boolean noPupilNamed) {

        static Checks allMet() {
            Map<String, String> answers = new LinkedHashMap<>();
            CHECKLIST.forEach(item -> answers.put(item, item.startsWith("TF") ? "NOT_APPLICABLE" : "YES"));
            return new Checks("CC-BY-NC-SA-4.0", answers,
                    List.of(Map.of("url", RESOURCE, "termsOfUseChecked", true, "legalNoticesChecked", true)), true);
        }
    }
}
