package fr.education.traam.embedded.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
            assertThat(client.getDatabase("campaigns").getCollection("campaigns")
                    .find(new Document("_id", "2026")).first())
                    .containsEntry("status", "OPEN");
        }
    }
}
