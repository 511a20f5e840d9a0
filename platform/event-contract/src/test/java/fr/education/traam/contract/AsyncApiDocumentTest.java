package fr.education.traam.contract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The AsyncAPI document under docs/ is the contract académies read: it must name every type and topic. */
class AsyncApiDocumentTest {

    private static Path document;
    private static JsonNode asyncApi;

    @BeforeAll
    static void readDocument() throws IOException {
        document = Path.of(System.getProperty("traam.asyncapi", "../../docs/asyncapi.yaml"));
        asyncApi = new YAMLMapper().readTree(Files.readString(document));
    }

    static Stream<EventDefinition> definitions() {
        return EventCatalogue.all().stream();
    }

    @Test
    void is_an_asyncapi_3_document() {
        assertThat(asyncApi.get("asyncapi").asString()).startsWith("3.");
    }

    @ParameterizedTest
    @MethodSource("definitions")
    void names_every_event_type_on_its_topic_with_its_schema(EventDefinition definition) {
        JsonNode message = messagesByType().stream()
                .filter(m -> definition.type().equals(m.at("/headers/properties/ce_type/const").asString()))
                .findFirst().orElseThrow(() -> new AssertionError(definition.type() + " is not in " + document));

        assertThat(message.at("/payload/$ref").asString()).endsWith(definition.schemaResource());
        assertThat(channelAddressOf(message.at("/name").asString())).isEqualTo(definition.topic());
    }

    @Test
    void every_schema_it_points_to_exists() {
        assertThat(messagesByType()).allSatisfy(m ->
                assertThat(document.getParent().resolve(m.at("/payload/$ref").asString())).exists());
    }

    private static List<JsonNode> messagesByType() {
        List<JsonNode> messages = new ArrayList<>();
        asyncApi.at("/components/messages").forEach(messages::add);
        return messages;
    }

    private static String channelAddressOf(String messageName) {
        for (JsonNode channel : asyncApi.get("channels")) {
            for (JsonNode ref : channel.get("messages")) {
                if (ref.get("$ref").asString().endsWith("/" + messageName)) {
                    return channel.get("address").asString();
                }
            }
        }
        throw new AssertionError(messageName + " is on no channel");
    }
}
