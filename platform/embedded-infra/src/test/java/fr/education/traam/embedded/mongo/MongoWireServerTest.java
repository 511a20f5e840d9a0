package fr.education.traam.embedded.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MongoWireServerTest {

    @Test
    void an_in_memory_server_stores_and_finds_a_document() {
        try (MongoWireServer server = MongoWireServer.inMemory("localhost", 0);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> campaigns = client.getDatabase("campaigns").getCollection("campaigns");
            campaigns.insertOne(new Document("_id", "2026").append("status", "OPEN"));

            assertThat(campaigns.find(new Document("_id", "2026")).first())
                    .containsEntry("status", "OPEN");
            assertThat(server.connectionString()).matches("mongodb://localhost:\\d+");
        }
    }

    @Test
    void a_persistent_server_restarted_on_the_same_file_keeps_a_document(@TempDir Path data) {
        Path h2File = data.resolve("mongo/traam.mv");
        try (MongoWireServer server = MongoWireServer.persistent("localhost", 0, h2File);
             MongoClient client = MongoClients.create(server.connectionString())) {
            client.getDatabase("campaigns").getCollection("campaigns")
                    .insertOne(new Document("_id", "2026").append("status", "OPEN"));
        }

        try (MongoWireServer server = MongoWireServer.persistent("localhost", 0, h2File);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> campaigns = client.getDatabase("campaigns").getCollection("campaigns");
            assertThat(campaigns.find(new Document("_id", "2026")).first()).containsEntry("status", "OPEN");
            // The collections reopened from the file answer by _id first too.
            assertThat(campaigns.updateOne(new Document("_id", "2026").append("status", "OPEN"),
                    new Document("$set", new Document("status", "CLOSED"))).getModifiedCount()).isEqualTo(1);
            assertThat(campaigns.find(new Document("_id", "2026")).first()).containsEntry("status", "CLOSED");
        }
    }

    static Stream<Named<Function<Path, MongoWireServer>>> servers() {
        return Stream.of(Named.of("in memory", data -> MongoWireServer.inMemory("localhost", 0)),
                Named.of("persistent", data -> MongoWireServer.persistent("localhost", 0, data.resolve("traam.mv"))));
    }

    /** The write every aggregate save makes: the document by _id, only if nobody saved it in between. */
    @ParameterizedTest
    @MethodSource("servers")
    void an_optimistic_write_by_id_and_version_changes_that_document_only_if_its_version_still_matches(
            Function<Path, MongoWireServer> start, @TempDir Path data) {
        try (MongoWireServer server = start.apply(data);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> campaigns = client.getDatabase("campaigns").getCollection("campaigns");
            for (int i = 0; i < 50; i++) {
                campaigns.insertOne(new Document("_id", "c-" + i).append("version", 3L).append("phase", "DRAFT"));
            }

            Document current = new Document("_id", "c-7").append("version", 3L);
            var saved = campaigns.updateOne(current, new Document("$set", new Document("phase", "CALL_OPEN").append("version", 4L)));
            var stale = campaigns.updateOne(current, new Document("$set", new Document("phase", "CLOSED").append("version", 4L)));

            assertThat(saved.getMatchedCount()).isEqualTo(1);
            assertThat(stale.getMatchedCount()).isZero();
            assertThat(campaigns.find(new Document("_id", "c-7")).first())
                    .containsEntry("phase", "CALL_OPEN").containsEntry("version", 4L);
            assertThat(campaigns.countDocuments(new Document("phase", "DRAFT"))).isEqualTo(49);
            assertThat(campaigns.find(new Document("_id", "c-8").append("version", 4L)).first()).isNull();
        }
    }

    @ParameterizedTest
    @MethodSource("servers")
    void a_query_pinning_an_id_applies_its_other_conditions_and_its_projection(
            Function<Path, MongoWireServer> start, @TempDir Path data) {
        try (MongoWireServer server = start.apply(data);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> lines = client.getDatabase("dissemination").getCollection("lines");
            lines.insertOne(new Document("_id", "theme-1").append("gathered", List.of("a", "b")).append("title", "IA"));
            lines.insertOne(new Document("_id", "theme-2").append("gathered", List.of("c")).append("title", "Maths"));

            Document notYetC = new Document("_id", "theme-1").append("gathered", new Document("$ne", "c"));
            Document notYetA = new Document("_id", "theme-1").append("gathered", new Document("$ne", "a"));

            assertThat(lines.find(notYetC).projection(new Document("title", 1)).first())
                    .isEqualTo(new Document("_id", "theme-1").append("title", "IA"));
            assertThat(lines.find(notYetA).first()).isNull();
            assertThat(lines.updateOne(notYetC, new Document("$push", new Document("gathered", "c"))).getModifiedCount())
                    .isEqualTo(1);
            assertThat(lines.find(notYetC).first()).isNull();
            assertThat(lines.find(new Document("_id", new Document("$in", List.of("theme-1", "theme-2")))
                    .append("gathered", "c")).into(new ArrayList<>())).hasSize(2);
            assertThat(lines.deleteOne(new Document("_id", "theme-2").append("title", "IA")).getDeletedCount()).isZero();
            assertThat(lines.deleteOne(new Document("_id", "theme-2").append("title", "Maths")).getDeletedCount()).isEqualTo(1);
        }
    }

    /** A secondary index narrows the documents a query reads; what the query returns must not change with it. */
    @ParameterizedTest
    @MethodSource("servers")
    void a_secondary_index_follows_inserts_updates_and_deletes(Function<Path, MongoWireServer> start, @TempDir Path data) {
        try (MongoWireServer server = start.apply(data);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> candidatures = client.getDatabase("candidatures").getCollection("candidatures");
            candidatures.insertOne(candidature("before-the-index", "c-1", "t-1", "SUBMITTED"));
            candidatures.createIndex(new Document("campaignId", 1).append("themeId", 1));
            candidatures.insertOne(candidature("a", "c-1", "t-1", "SUBMITTED"));
            candidatures.insertOne(candidature("b", "c-1", "t-2", "SUBMITTED"));
            candidatures.insertOne(candidature("c", "c-2", "t-1", "WITHDRAWN"));
            candidatures.insertOne(new Document("_id", "no-campaign").append("themeId", "t-1"));

            Document theme = new Document("campaignId", "c-1").append("themeId", "t-1").append("status", "SUBMITTED");
            assertThat(ids(candidatures.find(theme))).containsExactlyInAnyOrder("before-the-index", "a");

            candidatures.updateOne(new Document("_id", "a"), new Document("$set", new Document("campaignId", "c-2")));
            candidatures.updateOne(new Document("_id", "c"), new Document("$set",
                    new Document("campaignId", "c-1").append("status", "SUBMITTED")));
            candidatures.deleteOne(new Document("_id", "before-the-index"));

            assertThat(ids(candidatures.find(theme))).containsExactly("c");
            assertThat(ids(candidatures.find(new Document("campaignId", "c-2")))).containsExactly("a");
            assertThat(ids(candidatures.find(new Document("campaignId", new Document("$in", List.of("c-1", "c-2"))))))
                    .containsExactlyInAnyOrder("a", "b", "c");
            assertThat(candidatures.countDocuments(new Document("themeId", "t-1"))).isEqualTo(3);
        }
    }

    @Test
    void an_index_on_an_array_finds_the_documents_holding_the_value_and_is_rebuilt_when_the_file_reopens(@TempDir Path data) {
        Path h2File = data.resolve("traam.mv");
        try (MongoWireServer server = MongoWireServer.persistent("localhost", 0, h2File);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> sites = client.getDatabase("dissemination").getCollection("sites");
            sites.createIndex(new Document("eventTypes", 1));
            sites.insertOne(new Document("_id", "lyon").append("eventTypes", List.of("opened", "selected")));
            sites.insertOne(new Document("_id", "lille").append("eventTypes", List.of("selected")));
            assertThat(ids(sites.find(new Document("eventTypes", "opened")))).containsExactly("lyon");
        }

        try (MongoWireServer server = MongoWireServer.persistent("localhost", 0, h2File);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> sites = client.getDatabase("dissemination").getCollection("sites");
            assertThat(ids(sites.find(new Document("eventTypes", "selected")))).containsExactlyInAnyOrder("lyon", "lille");
            sites.insertOne(new Document("_id", "nantes").append("eventTypes", List.of("opened")));
            assertThat(ids(sites.find(new Document("eventTypes", "opened")))).containsExactlyInAnyOrder("lyon", "nantes");
        }
    }

    private static Document candidature(String id, String campaignId, String themeId, String status) {
        return new Document("_id", id).append("campaignId", campaignId).append("themeId", themeId).append("status", status);
    }

    private static List<String> ids(Iterable<Document> documents) {
        List<String> ids = new ArrayList<>();
        documents.forEach(document -> ids.add(document.getString("_id")));
        return ids;
    }
}
