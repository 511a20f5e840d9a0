package fr.education.traam.contract;

import java.util.Objects;

/**
 * One entry of the catalogue: the versioned CloudEvents type of an event, its record, the topic it is
 * published on and the classpath location of its JSON Schema.
 */
public record EventDefinition(String type, Class<? extends TraamEvent> javaType, String topic, String schemaResource) {

    private static final String TYPE_PREFIX = "fr.education.traam.";

    public EventDefinition {
        Objects.requireNonNull(javaType, "javaType");
        Objects.requireNonNull(topic, "topic");
        if (type == null || !type.startsWith(TYPE_PREFIX) || !type.matches(".*\\.v[0-9]+$")) {
            throw new IllegalArgumentException("event type must be " + TYPE_PREFIX + "<service>.<name>.v<N>: " + type);
        }
        if (schemaResource == null || !schemaResource.endsWith(".schema.json")) {
            throw new IllegalArgumentException("schema resource must be a .schema.json file: " + schemaResource);
        }
    }

    /** {@code campaigns} + {@code campaign-created} + 1 give the type and the schema location. */
    static EventDefinition of(String service, String name, int version, Class<? extends TraamEvent> javaType, String topic) {
        String versioned = name + ".v" + version;
        return new EventDefinition(TYPE_PREFIX + service + "." + versioned, javaType, topic,
                "traam/events/schemas/" + service + "/" + versioned + ".schema.json");
    }
}
