package fr.education.traam.contract;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates event data against the JSON Schema the catalogue publishes for its type. Producers' tests and
 * consumers' inbound adapters use the same schemas as académies' systems do.
 */
public final class EventSchemas {

    /** Schemas refer to each other by their public ids; those resolve to this library's classpath. */
    public static final String ID_PREFIX = "https://traam.education.fr/schemas/";
    private static final String CLASSPATH_PREFIX = "traam/events/schemas/";

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaIdResolvers(ids -> ids.mapPrefix(ID_PREFIX, "classpath:" + CLASSPATH_PREFIX)));
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /** The problems of {@code data} for {@code definition}, each naming where it is; empty when valid. */
    public static List<String> violations(EventDefinition definition, byte[] data) {
        JsonNode body;
        try {
            body = EventJson.mapper().readTree(data);
        } catch (JacksonException e) {
            return List.of("body is not JSON: " + e.getOriginalMessage());
        }
        if (body == null || body.isMissingNode()) {
            return List.of("body is empty");
        }
        return schema(definition).validate(body).stream().map(Error::toString).toList();
    }

    /** The schema document itself, as published. */
    public static String text(EventDefinition definition) {
        try (InputStream in = resource(definition)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema schema(EventDefinition definition) {
        return SCHEMAS.computeIfAbsent(definition.type(), type -> REGISTRY.getSchema(SchemaLocation.of(id(definition))));
    }

    /** The public {@code $id} of the schema of {@code definition}. */
    public static String id(EventDefinition definition) {
        return ID_PREFIX + definition.schemaResource().substring(CLASSPATH_PREFIX.length());
    }

    private static InputStream resource(EventDefinition definition) {
        InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(definition.schemaResource());
        if (in == null) {
            throw new IllegalStateException("no schema at " + definition.schemaResource() + " for " + definition.type());
        }
        return in;
    }
}
