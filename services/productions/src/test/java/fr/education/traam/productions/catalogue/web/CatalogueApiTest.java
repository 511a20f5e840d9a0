package fr.education.traam.productions.catalogue.web;

import fr.education.traam.contract.Topics;
import fr.education.traam.contract.productions.ProductionApproved;
import fr.education.traam.contract.productions.ProductionChangesRequested;
import fr.education.traam.contract.productions.ProductionDrafted;
import fr.education.traam.contract.productions.ProductionPublished;
import fr.education.traam.contract.productions.ProductionRevised;
import fr.education.traam.contract.productions.ProductionSubmitted;
import fr.education.traam.contract.productions.ProductionType;
import fr.education.traam.contract.productions.ReviewStage;
import fr.education.traam.kit.outbox.EventPublisher;
import fr.education.traam.kit.outbox.PendingEvent;
import fr.education.traam.productions.catalogue.CatalogueMother;
import fr.education.traam.testkit.ApiClient;
import fr.education.traam.testkit.KafkaTopicProbe;
import fr.education.traam.testkit.TestInfrastructure;
import fr.education.traam.testkit.TraamInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import static fr.education.traam.testkit.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The catalogue, from events published on the real broker, searched over real HTTP without a token. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TraamInfrastructure(database = "traam-productions-test")
class CatalogueApiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> ACADEMIES = List.of("10", "16", "11", "22", "01", "02");
    private static final List<String> DISCIPLINES = List.of("Lettres", "Mathématiques", "Histoire-géographie", "Anglais", "Technologie");
    private static final List<String> LEVELS = List.of("SIXIEME", "CINQUIEME", "QUATRIEME", "TROISIEME", "SECONDE", "CM2");
    private static final List<String> COMPETENCES = List.of("1.1", "2.1", "3.1", "4.1", "5.1");
    private static final List<String> YEARS = List.of("2027-2028", "2028-2029");

    @LocalServerPort
    int port;
    @Autowired
    EventPublisher publisher;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void facets_count_right_on_three_hundred_productions_each_under_every_other_facet_s_choice() {
        String run = "lot" + UUID.randomUUID().toString().replace("-", "");
        List<String> themes = List.of(run + "-a", run + "-b", run + "-c", run + "-d");
        Random random = new Random(26);
        List<ProductionPublished> published = new ArrayList<>();
        Instant start = Instant.now().minusSeconds(10_000);
        for (int i = 0; i < 300; i++) {
            ProductionType kind = ProductionType.values()[random.nextInt(ProductionType.values().length)];
            String theme = themes.get(random.nextInt(themes.size()));
            ProductionPublished production = CatalogueMother.production(CatalogueMother.newId(), 1, kind,
                    (i % 7 == 0 ? "Éducation aux médias " : "Écrire ") + i, "Production du " + run + " numéro " + i,
                    YEARS.get(random.nextInt(YEARS.size())), theme, "Thème " + theme.substring(theme.length() - 1),
                    some(random, ACADEMIES, 2), some(random, DISCIPLINES, 2), some(random, LEVELS, 3), some(random, COMPETENCES, 2));
            published.add(production);
            publisher.publish(CatalogueMother.pending(production, start.plusSeconds(i % 50)));
        }
        String words = "q=" + run;
        await().atMost(PATIENCE).until(() -> page(words).get("total").asLong() == 300);

        assertCounts(published, words, Map.of());
        assertCounts(published, words + "&level=CINQUIEME&level=SIXIEME&academy=10", Map.of("level", Set.of("CINQUIEME", "SIXIEME"), "academy", Set.of("10")));
        assertCounts(published, words + "&kind=SCENARIO&discipline=Lettres&competence=3.1&schoolYear=2027-2028&theme=" + themes.get(0),
                Map.of("kind", Set.of("SCENARIO"), "discipline", Set.of("Lettres"), "competence", Set.of("3.1"),
                        "schoolYear", Set.of("2027-2028"), "theme", Set.of(themes.get(0))));

        // A discipline by another of its names finds what its label finds.
        assertThat(page(words + "&discipline=lettres").get("total").asLong()).as("discipline=lettres")
                .isEqualTo(page(words + "&discipline=Lettres").get("total").asLong()).isPositive();

        // Labels, not only codes.
        JsonNode all = page(words);
        assertThat(label(all, "academy", "10")).isEqualTo("Lyon");
        assertThat(label(all, "level", "CINQUIEME")).isEqualTo("Cinquième");
        assertThat(label(all, "theme", themes.get(1))).isEqualTo("Thème b");
        assertThat(label(all, "kind", "SCENARIO")).isEqualTo("Scénario pédagogique");
        assertThat(label(all, "competence", "3.1")).startsWith("3.1 ");

        // Words match without accents or case, over the title.
        long media = published.stream().filter(p -> p.title().startsWith("Éducation")).count();
        assertThat(page(words + "&q=EDUCATION").get("total").asLong()).as("q given twice: the words of both").isEqualTo(media);
        assertThat(page("q=" + run.toUpperCase() + "%20educ%C3%A0tion%20m%C3%A9dias").get("total").asLong()).isEqualTo(media);

        // Pages: a stable order, newest publication first then id, covering each production once.
        List<String> seen = new ArrayList<>();
        List<String> order = new ArrayList<>();
        for (int p = 0; p < 7; p++) {
            JsonNode answer = page(words + "&size=50&page=" + p);
            answer.get("results").forEach(item -> {
                seen.add(item.get("id").asString());
                order.add(item.get("publishedAt").asString() + " " + item.get("id").asString());
                assertThat(item.get("self").asString()).isEqualTo("/api/productions/" + item.get("id").asString());
                assertThat(item.get("publicUrl").asString()).endsWith("/productions/" + item.get("id").asString());
            });
        }
        assertThat(seen).hasSize(300).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(published.stream().map(ProductionPublished::productionId).toList());
        for (int i = 1; i < order.size(); i++) {
            String[] previous = order.get(i - 1).split(" ");
            String[] current = order.get(i).split(" ");
            int byTime = Instant.parse(current[0]).compareTo(Instant.parse(previous[0]));
            assertThat(byTime < 0 || (byTime == 0 && current[1].compareTo(previous[1]) > 0))
                    .as("%s after %s", order.get(i), order.get(i - 1)).isTrue();
        }
    }

    @Test
    void a_redelivered_or_older_version_changes_nothing_and_a_withdrawal_is_final() {
        String run = "lot" + UUID.randomUUID().toString().replace("-", "");
        String id = CatalogueMother.newId();
        Function<Integer, ProductionPublished> version = v -> CatalogueMother.production(id, v, ProductionType.SCENARIO,
                "Version " + v + " " + run, "Résumé", "2027-2028", run, "Thème", List.of("10"), List.of("Lettres"), List.of("CINQUIEME"), List.of("3.1"));
        var second = CatalogueMother.pending(version.apply(2), Instant.now());
        publisher.publish(second);
        publisher.publish(second);
        publisher.publish(CatalogueMother.pending(version.apply(1), Instant.now()));
        await().atMost(PATIENCE).until(() -> page("q=" + run).get("total").asLong() == 1);
        publisher.publish(CatalogueMother.pending(version.apply(3), Instant.now()));
        await().atMost(PATIENCE).until(() -> page("q=" + run + "%20version%203").get("total").asLong() == 1);
        assertThat(page("q=" + run).get("results").get(0).get("title").asString()).isEqualTo("Version 3 " + run);
        assertThat(page("q=" + run + "%20version%201").get("total").asLong()).as("the older version did not come back").isZero();

        publisher.publish(CatalogueMother.pending(CatalogueMother.withdrawn(version.apply(3), "Droits d'une image non cédés"), Instant.now()));
        await().atMost(PATIENCE).until(() -> page("q=" + run).get("total").asLong() == 0);
        publisher.publish(CatalogueMother.pending(version.apply(4), Instant.now()));
        // The later version is on the topic after the withdrawal; once an event published after it is applied, it was.
        String witness = "lot" + UUID.randomUUID().toString().replace("-", "");
        publisher.publish(CatalogueMother.pending(CatalogueMother.production(CatalogueMother.newId(), 1, ProductionType.SCENARIO, witness,
                "Témoin", "2027-2028", witness, "Thème", List.of("10"), List.of("Lettres"), List.of(), List.of()), Instant.now()));
        await().atMost(PATIENCE).until(() -> page("q=" + witness).get("total").asLong() == 1);
        assertThat(page("q=" + run).get("total").asLong()).as("withdrawn stays withdrawn").isZero();
        assertThat(api.get("/productions/" + id, null).statusCode()).isEqualTo(410);
    }

    @Test
    void a_production_s_review_events_are_skipped_without_a_dead_letter_and_only_its_publication_makes_the_catalogue() {
        String run = "lot" + UUID.randomUUID().toString().replace("-", "");
        String id = CatalogueMother.newId();
        ProductionPublished publication = CatalogueMother.production(id, 2, ProductionType.SCENARIO, "Publiée " + run, "Résumé",
                "2027-2028", run, "Thème", List.of("10"), List.of("Lettres"), List.of("CINQUIEME"), List.of("3.1"));
        Instant at = Instant.now();
        // One key, one partition: every review event is behind the publication, in this order.
        List<PendingEvent> review = List.of(
                CatalogueMother.pending(new ProductionDrafted(id, 1, ProductionType.SCENARIO, "Brouillon " + run, publication.theme(),
                        "group-" + run, publication.academy()), at),
                CatalogueMother.pending(new ProductionSubmitted(id, 1, ReviewStage.ACADEMIC), at),
                CatalogueMother.pending(new ProductionChangesRequested(id, 1, ReviewStage.ACADEMIC), at),
                CatalogueMother.pending(new ProductionRevised(id, 2, "Publiée " + run), at),
                CatalogueMother.pending(new ProductionSubmitted(id, 2, ReviewStage.ACADEMIC), at),
                CatalogueMother.pending(new ProductionApproved(id, 2, ReviewStage.ACADEMIC), at),
                CatalogueMother.pending(new ProductionSubmitted(id, 2, ReviewStage.NATIONAL), at),
                CatalogueMother.pending(new ProductionApproved(id, 2, ReviewStage.NATIONAL), at));
        review.forEach(publisher::publish);
        publisher.publish(CatalogueMother.pending(publication, at));

        await().atMost(PATIENCE).until(() -> page("q=" + run).get("total").asLong() == 1);
        JsonNode results = page("q=" + run).get("results");
        assertThat(results).hasSize(1);
        assertThat(results.get(0).get("id").asString()).isEqualTo(id);
        assertThat(results.get(0).get("title").asString()).isEqualTo("Publiée " + run);
        assertThat(page("q=brouillon%20" + run).get("total").asLong()).as("the draft's title is nowhere").isZero();
        // The publication was applied after them on their partition, so a dead letter of theirs would be there already.
        List<String> reviewIds = review.stream().map(PendingEvent::id).toList();
        assertThat(deadLetters(Topics.PRODUCTIONS + ".productions")).extracting(r -> KafkaTopicProbe.header(r, "ce_id"))
                .doesNotContainAnyElementsOf(reviewIds);
    }

    /** Every record of {@code error.<topic>.<group>} written so far, read to its end offsets; none when it does not exist. */
    private static List<ConsumerRecord<String, byte[]>> deadLetters(String topicAndGroup) {
        String topic = "error." + topicAndGroup;
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "traam-probe-" + UUID.randomUUID(), ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            if (partitions.isEmpty()) {
                return records;
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    @Test
    void bad_parameters_are_refused_with_a_problem() {
        for (String query : List.of("level=NOPE", "academy=99", "kind=POEM", "competence=9.9", "schoolYear=2027", "size=0", "size=101",
                "page=-1", "page=10001", "theme=" + "x".repeat(200), "q=un%20deux%20trois%20quatre%20cinq%20six%20sept%20huit%20neuf%20dix%20onze")) {
            assertProblem(api.get("/api/productions/catalogue?" + query, null), 400, "invalid-request");
        }
        assertThat(api.get("/api/productions/catalogue?page=abc", null).statusCode()).isEqualTo(400);
        assertThat(api.get("/api/productions/catalogue?level=&academy=", null).statusCode()).as("blank values are ignored").isEqualTo(200);
    }

    @Test
    void the_api_docs_describe_the_catalogue_and_leave_the_html_pages_out() {
        JsonNode docs = JSON.readTree(api.get("/api/productions/v3/api-docs", null).body());
        JsonNode search = docs.get("paths").get("/api/productions/catalogue").get("get");
        List<String> parameters = new ArrayList<>();
        search.get("parameters").forEach(parameter -> parameters.add(parameter.get("name").asString()));
        assertThat(parameters).containsExactlyInAnyOrder("q", "schoolYear", "theme", "academy", "discipline", "level", "competence",
                "kind", "page", "size");
        assertThat(search.has("security")).as("public").isFalse();
        assertThat(docs.get("paths").has("/productions/{id}")).isFalse();
    }

    private void assertCounts(List<ProductionPublished> published, String query, Map<String, Set<String>> selected) {
        JsonNode answer = page(query);
        Map<String, Function<ProductionPublished, List<String>>> facets = new LinkedHashMap<>();
        facets.put("schoolYear", p -> List.of(p.theme().schoolYear()));
        facets.put("theme", p -> List.of(p.theme().themeId()));
        facets.put("academy", p -> p.academies().stream().map(a -> a.code()).toList());
        facets.put("discipline", ProductionPublished::disciplines);
        facets.put("level", ProductionPublished::levels);
        facets.put("competence", ProductionPublished::competences);
        facets.put("kind", p -> List.of(p.type().name()));
        long total = published.stream().filter(p -> matches(p, facets, selected, null)).count();
        assertThat(answer.get("total").asLong()).as(query).isEqualTo(total);
        for (var facet : facets.entrySet()) {
            Map<String, Long> expected = new HashMap<>();
            published.stream().filter(p -> matches(p, facets, selected, facet.getKey()))
                    .forEach(p -> new HashSet<>(facet.getValue().apply(p)).forEach(v -> expected.merge(v, 1L, Long::sum)));
            Map<String, Long> actual = new HashMap<>();
            answer.get("facets").get(facet.getKey()).forEach(v -> {
                if (v.get("count").asLong() > 0) {
                    actual.put(v.get("value").asString(), v.get("count").asLong());
                }
                assertThat(v.get("selected").asBoolean()).isEqualTo(selected.getOrDefault(facet.getKey(), Set.of()).contains(v.get("value").asString()));
            });
            assertThat(actual).as(facet.getKey() + " under " + query).isEqualTo(expected);
        }
    }

    private static boolean matches(ProductionPublished p, Map<String, Function<ProductionPublished, List<String>>> facets,
                                   Map<String, Set<String>> selected, String except) {
        return selected.entrySet().stream().filter(s -> !s.getKey().equals(except))
                .allMatch(s -> facets.get(s.getKey()).apply(p).stream().anyMatch(s.getValue()::contains));
    }

    private static String label(JsonNode answer, String facet, String value) {
        for (JsonNode v : answer.get("facets").get(facet)) {
            if (v.get("value").asString().equals(value)) {
                return v.get("label").asString();
            }
        }
        throw new AssertionError(value + " not among the values of " + facet);
    }

    private JsonNode page(String query) {
        var response = api.get("/api/productions/catalogue?" + query, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static List<String> some(Random random, List<String> values, int most) {
        List<String> copy = new ArrayList<>(values);
        java.util.Collections.shuffle(copy, random);
        return List.copyOf(copy.subList(0, 1 + random.nextInt(most)));
    }
}
