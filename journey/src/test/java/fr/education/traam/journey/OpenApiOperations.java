package fr.education.traam.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The operations an OpenAPI 3.1 document declares, read as a client reads them: method, path, parameters, body and
 * whether a token is due; and for each, a request that a client could plausibly send — values of the declared types —
 * for the walker to spoil one part at a time.
 */
final class OpenApiOperations {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final int DEPTH = 6;

    /** {@code sample} is a value of the declared type a client could plausibly send. */
    record Parameter(String name, String in, boolean required, JsonNode schema, JsonNode sample) {

        String type() {
            return OpenApiOperations.type(schema);
        }
    }

    /** {@code bodyType} is the first media type the body is declared in, null when the operation takes none. */
    record Operation(String service, String method, String path, List<Parameter> parameters, String bodyType,
                     boolean bodyRequired, JsonNode bodySample, boolean secured) {

        String name() {
            return method + " " + path;
        }

        List<Parameter> in(String where) {
            return parameters.stream().filter(p -> p.in().equals(where)).toList();
        }

        boolean takesJson() {
            return bodyType != null && bodyType.toLowerCase(Locale.ROOT).contains("json");
        }

        boolean takesMultipart() {
            return bodyType != null && bodyType.startsWith("multipart/");
        }
    }

    private final JsonNode document;

    private OpenApiOperations(JsonNode document) {
        this.document = document;
    }

    static List<Operation> of(String service, String documentJson) {
        return new OpenApiOperations(JsonMapper.builder().build().readTree(documentJson)).operations(service);
    }

    private List<Operation> operations(String service) {
        List<Operation> operations = new ArrayList<>();
        boolean securedByDefault = document.path("security").size() > 0;
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            List<Parameter> shared = parameters(path.getValue().path("parameters"));
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                if (!METHODS.contains(entry.getKey())) {
                    continue;
                }
                JsonNode operation = entry.getValue();
                List<Parameter> parameters = new ArrayList<>(shared);
                parameters.addAll(parameters(operation.path("parameters")));
                String bodyType = null;
                JsonNode sample = null;
                JsonNode body = resolved(operation.path("requestBody"));
                if (body.has("content")) {
                    bodyType = body.get("content").propertyNames().iterator().next();
                    sample = sample(body.get("content").get(bodyType).path("schema"), 0);
                }
                boolean secured = operation.has("security") ? operation.get("security").size() > 0 : securedByDefault;
                operations.add(new Operation(service, entry.getKey().toUpperCase(Locale.ROOT), path.getKey(), parameters,
                        bodyType, body.path("required").asBoolean(false), sample, secured));
            }
        }
        return operations;
    }

    private List<Parameter> parameters(JsonNode declared) {
        List<Parameter> parameters = new ArrayList<>();
        declared.valueStream().map(this::resolved).forEach(p -> parameters.add(new Parameter(p.path("name").asString(),
                p.path("in").asString(), p.path("required").asBoolean(false), resolved(p.path("schema")),
                sample(p.path("schema"), 0))));
        return parameters;
    }

    /** A value of the schema's type, within its bounds: what a well-behaved client would send. */
    JsonNode sample(JsonNode schema, int depth) {
        schema = resolved(schema);
        if (schema.has("example") && !schema.get("example").isNull()) {
            return schema.get("example");
        }
        if (schema.has("enum") && schema.get("enum").size() > 0) {
            return schema.get("enum").get(0);
        }
        for (String alternatives : List.of("oneOf", "anyOf", "allOf")) {
            if (schema.has(alternatives) && !alternatives.equals("allOf")) {
                return sample(schema.get(alternatives).get(0), depth);
            }
        }
        if (schema.has("allOf")) {
            ObjectNode merged = NODES.objectNode();
            schema.get("allOf").valueStream().map(part -> sample(part, depth)).filter(JsonNode::isObject)
                    .forEach(part -> merged.setAll((ObjectNode) part));
            return merged;
        }
        return switch (type(schema)) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < DEPTH) {
                    schema.path("properties").properties().forEach(p -> object.set(p.getKey(), sample(p.getValue(), depth + 1)));
                }
                yield object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int count = Math.max(1, schema.path("minItems").asInt(1));
                for (int i = 0; i < count && depth < DEPTH; i++) {
                    array.add(sample(schema.path("items"), depth + 1));
                }
                yield array;
            }
            case "integer" -> NODES.numberNode(Math.max(1, schema.path("minimum").asInt(1)));
            case "number" -> NODES.numberNode(Math.max(1.5, schema.path("minimum").asDouble(1.5)));
            case "boolean" -> NODES.booleanNode(true);
            default -> NODES.stringNode(sampleString(schema));
        };
    }

    private static String sampleString(JsonNode schema) {
        String value = switch (schema.path("format").asString("")) {
            case "date" -> "2027-01-15";
            case "date-time" -> "2027-01-15T10:00:00Z";
            case "email" -> "walker@example.org";
            case "uri", "url" -> "https://example.org/walker";
            case "uuid" -> "3f0c1d2e-4b5a-4c6d-8e9f-0a1b2c3d4e5f";
            case "binary", "byte" -> "d2Fsa2Vy";
            default -> "walker";
        };
        int min = schema.path("minLength").asInt(0);
        return value.length() >= min ? value : value + "w".repeat(min - value.length());
    }

    /** The schema's type; a 3.1 type list such as {@code ["string", "null"]} is its first non-null entry. */
    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            return type.valueStream().map(JsonNode::asString).filter(t -> !t.equals("null")).findFirst().orElse("string");
        }
        if (type.isString()) {
            return type.asString();
        }
        return schema.has("properties") ? "object" : schema.has("items") ? "array" : "string";
    }

    private JsonNode resolved(JsonNode node) {
        for (int hops = 0; node.has("$ref") && hops < 10; hops++) {
            JsonNode target = document;
            for (String segment : node.get("$ref").asString().substring(2).split("/")) {
                target = target.path(segment.replace("~1", "/").replace("~0", "~"));
            }
            node = target;
        }
        return node;
    }
}
