package fr.education.traam.journey;

import fr.education.traam.journey.OpenApiOperations.Operation;
import fr.education.traam.journey.OpenApiOperations.Parameter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The hostile variants of one operation: starting from a request a client could plausibly send, with a badge that
 * holds every role so that the request reaches validation, each variant spoils one thing — the badge, a path or query
 * parameter, a header, the body or one of its fields — and says whether the platform must refuse it or may accept it.
 * Bounded: a few variants per parameter, a dozen fields per body.
 */
final class HostileRequests {

    /** {@code REFUSED}: a 2xx would be a fault too; {@code EITHER}: accepting it is legitimate, a refusal must be a problem. */
    enum Expect { REFUSED, EITHER }

    record Variant(String name, Expect expect, RawHttp.Request request) {
    }

    /**
     * The badges the walker presents; {@code oddEmail} holds every role and an {@code email} claim that is no address
     * (a Mongo operator, control characters, 2000 characters).
     */
    record Tokens(String everyRole, String teacher, String expired, String forged, String oddEmail) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int FIELDS_PER_BODY = 12;
    private static final String HUGE = "h".repeat(2_000);
    private static final String LONG_TEXT = "Texte très long ".repeat(4_000);

    private final Tokens tokens;

    HostileRequests(Tokens tokens) {
        this.tokens = tokens;
    }

    List<Variant> of(Operation operation) {
        List<Variant> variants = new ArrayList<>();
        Expect mustRefuse = operation.secured() ? Expect.REFUSED : Expect.EITHER;
        variants.add(plausible(operation).named("plausible", Expect.EITHER));

        variants.add(plausible(operation).header("Authorization", null).named("no token", mustRefuse));
        variants.add(plausible(operation).header("Authorization", "Bearer not.a.token").named("garbage token", mustRefuse));
        variants.add(plausible(operation).header("Authorization", tokens.expired()).named("expired token", mustRefuse));
        variants.add(plausible(operation).header("Authorization", tokens.forged()).named("token signed by a stranger", mustRefuse));
        variants.add(plausible(operation).header("Authorization", "Basic d2Fsa2VyOndhbGtlcg==").named("basic credentials", mustRefuse));
        variants.add(plausible(operation).header("Authorization", "Bearer").named("bearer without a token", mustRefuse));
        // Optional on public reads, where the groups service still reads the claim to decide what the caller sees.
        variants.add(plausible(operation).header("Authorization", tokens.oddEmail()).named("an email claim that is no address", Expect.EITHER));
        if (operation.secured()) {
            variants.add(plausible(operation).header("Authorization", tokens.teacher()).named("a role not allowed (TEACHER)", Expect.EITHER));
        }

        for (Parameter parameter : operation.in("path")) {
            pathVariants(operation, parameter, variants);
        }
        for (Parameter parameter : operation.in("query")) {
            queryVariants(operation, parameter, variants);
        }
        variants.add(plausible(operation).query("walker%00", "%00%0A").named("an undeclared query parameter with control characters", Expect.EITHER));

        variants.add(plausible(operation).header("Accept", "text/html").named("Accept: text/html", Expect.EITHER));
        variants.add(plausible(operation).header("Accept", "application/xml").named("Accept: application/xml", Expect.EITHER));
        variants.add(plausible(operation).header("Accept", "not a media type").named("Accept: garbage", Expect.EITHER));
        variants.add(plausible(operation).header("Accept-Language", "../../etc/passwd").named("Accept-Language: garbage", Expect.EITHER));
        if (!operation.method().equals("GET")) {
            variants.add(plausible(operation).header("If-Match", "garbage").named("If-Match: garbage", Expect.EITHER));
        }
        if (!operation.method().equals("PATCH")) {
            variants.add(plausible(operation).method("PATCH").named("a method the path does not take (PATCH)", Expect.REFUSED));
        }

        if (operation.takesJson()) {
            jsonBodyVariants(operation, variants);
        } else if (operation.takesMultipart()) {
            multipartVariants(operation, variants);
        }
        return variants;
    }

    private void pathVariants(Operation operation, Parameter parameter, List<Variant> variants) {
        String p = parameter.name();
        Expect typed = isTyped(parameter) ? Expect.REFUSED : Expect.EITHER;
        variants.add(plausible(operation).path(p, "walker%20%C3%A9t%C3%A9").named("path " + p + ": spaces and accents", Expect.EITHER));
        variants.add(plausible(operation).path(p, HUGE).named("path " + p + ": 2000 characters", Expect.EITHER));
        variants.add(plausible(operation).path(p, "a%00b").named("path " + p + ": a NUL character", Expect.EITHER));
        variants.add(plausible(operation).path(p, "a%0D%0Ab").named("path " + p + ": CR LF", Expect.EITHER));
        variants.add(plausible(operation).path(p, "%7B%22%24gt%22%3A%22%22%7D").named("path " + p + ": a Mongo operator", Expect.EITHER));
        variants.add(plausible(operation).path(p, "%zz").named("path " + p + ": a malformed percent-encoding", Expect.REFUSED));
        variants.add(plausible(operation).path(p, "a%2Fb").named("path " + p + ": an encoded slash", Expect.EITHER));
        variants.add(plausible(operation).path(p, "%2E%2E").named("path " + p + ": an encoded ..", Expect.EITHER));
        variants.add(plausible(operation).path(p, "-99999999999999999999").named("path " + p + ": a number out of range", typed));
        variants.add(plausible(operation).path(p, "not-a-" + parameter.type()).named("path " + p + ": not a " + parameter.type(), typed));
    }

    private void queryVariants(Operation operation, Parameter parameter, List<Variant> variants) {
        String p = parameter.name();
        Expect typed = isTyped(parameter) ? Expect.REFUSED : Expect.EITHER;
        if (parameter.required()) {
            variants.add(plausible(operation).withoutQuery(p).named("query " + p + ": absent", Expect.REFUSED));
        }
        variants.add(plausible(operation).withoutQuery(p).query(p, "").named("query " + p + ": empty", Expect.EITHER));
        variants.add(plausible(operation).withoutQuery(p).query(p, "not-a-" + parameter.type()).named("query " + p + ": not a " + parameter.type(), typed));
        variants.add(plausible(operation).withoutQuery(p).query(p, "99999999999999999999").named("query " + p + ": a number out of range", typed));
        variants.add(plausible(operation).withoutQuery(p).query(p, HUGE).named("query " + p + ": 2000 characters", Expect.EITHER));
        variants.add(plausible(operation).withoutQuery(p).query(p, "a%00%0D%0Ab").named("query " + p + ": control characters", Expect.EITHER));
        variants.add(plausible(operation).withoutQuery(p).query(p, "%zz").named("query " + p + ": a malformed percent-encoding", Expect.EITHER));
        variants.add(plausible(operation).query(p, "again").named("query " + p + ": given twice", Expect.EITHER));
    }

    /** A repeatable parameter given once is a list of one item, so what can be refused is the item's type. */
    private static boolean isTyped(Parameter parameter) {
        JsonNode schema = parameter.type().equals("array") ? parameter.schema().path("items") : parameter.schema();
        return !OpenApiOperations.type(schema).equals("string") || schema.has("enum");
    }

    private void jsonBodyVariants(Operation operation, List<Variant> variants) {
        Expect absent = operation.bodyRequired() ? Expect.REFUSED : Expect.EITHER;
        variants.add(plausible(operation).body(null, null).named("body: absent", absent));
        variants.add(plausible(operation).body("application/json", "").named("body: empty", absent));
        variants.add(plausible(operation).body("application/json", "{\"title\": ").named("body: malformed JSON", Expect.REFUSED));
        variants.add(plausible(operation).body("application/json", "{'a': 1}").named("body: single quotes", Expect.REFUSED));
        variants.add(plausible(operation).body("application/json", "[".repeat(5_000) + "]".repeat(5_000)).named("body: nested 5000 deep", Expect.REFUSED));
        variants.add(plausible(operation).body("application/json", "{\"walker\": \"\\uD800\"}").named("body: a lone surrogate", Expect.EITHER));
        variants.add(plausible(operation).rawBody("application/json", new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'})
                .named("body: invalid UTF-8", Expect.EITHER));
        String sample = JSON.writeValueAsString(operation.bodySample());
        variants.add(plausible(operation).body("text/plain", sample).named("body: JSON sent as text/plain", Expect.REFUSED));
        variants.add(plausible(operation).body("application/xml", "<walker/>").named("body: XML", Expect.REFUSED));
        variants.add(plausible(operation).body("application/json;charset=klingon", sample).named("body: an unknown charset", Expect.EITHER));
        variants.add(plausible(operation).body("garbage", sample).named("body: Content-Type garbage", Expect.REFUSED));
        JsonNode shape = operation.bodySample();
        for (String wrong : List.of("[]", "\"walker\"", "42", "null", "true")) {
            if (!sameKind(shape, JSON.readTree(wrong))) {
                variants.add(plausible(operation).body("application/json", wrong).named("body: " + wrong + " for " + kind(shape), Expect.REFUSED));
            }
        }
        variants.add(plausible(operation).body("application/json", shape.isObject() ? "{}" : "[]").named("body: an empty " + kind(shape), Expect.EITHER));
        if (shape.isObject()) {
            ObjectNode unknown = ((ObjectNode) shape.deepCopy()).put("walkerUnknownField", "?");
            variants.add(plausible(operation).body("application/json", unknown.toString()).named("body: an unknown field", Expect.EITHER));
        }
        List<String> fields = leaves(shape, "");
        for (String field : fields.subList(0, Math.min(FIELDS_PER_BODY, fields.size()))) {
            fieldVariants(operation, shape, field, variants);
        }
    }

    private void fieldVariants(Operation operation, JsonNode shape, String field, List<Variant> variants) {
        JsonNode original = at(shape, field);
        List<Map.Entry<String, JsonNode>> spoilt = new ArrayList<>();
        spoilt.add(Map.entry("null", NODES.nullNode()));
        if (original.isString()) {
            spoilt.add(Map.entry("a number", NODES.numberNode(42)));
            spoilt.add(Map.entry("an object", NODES.objectNode().put("walker", 1)));
            spoilt.add(Map.entry("64 000 characters", NODES.stringNode(LONG_TEXT)));
            spoilt.add(Map.entry("control characters", NODES.stringNode("a\u0000b\u001b[31m\u202Ec")));
            spoilt.add(Map.entry("blank", NODES.stringNode("   ")));
        } else if (original.isNumber()) {
            spoilt.add(Map.entry("a word", NODES.stringNode("walker")));
            spoilt.add(Map.entry("out of range", NODES.numberNode(new java.math.BigInteger("99999999999999999999999"))));
            spoilt.add(Map.entry("negative", NODES.numberNode(-1)));
            spoilt.add(Map.entry("a fraction", NODES.numberNode(1.5)));
        } else if (original.isBoolean()) {
            spoilt.add(Map.entry("a word", NODES.stringNode("walker")));
        } else if (original.isArray()) {
            spoilt.add(Map.entry("an object", NODES.objectNode()));
            spoilt.add(Map.entry("a string", NODES.stringNode("walker")));
            ArrayNode many = NODES.arrayNode();
            for (int i = 0; i < 1_000; i++) {
                many.add(original.size() > 0 ? original.get(0) : NODES.stringNode("walker"));
            }
            spoilt.add(Map.entry("1000 items", many));
        } else if (original.isObject()) {
            spoilt.add(Map.entry("an array", NODES.arrayNode()));
            spoilt.add(Map.entry("a string", NODES.stringNode("walker")));
        }
        for (Map.Entry<String, JsonNode> spoil : spoilt) {
            JsonNode body = replaced(shape, field, spoil.getValue());
            variants.add(plausible(operation).body("application/json", body.toString())
                    .named("field " + field + ": " + spoil.getKey(), Expect.EITHER));
        }
    }

    private void multipartVariants(Operation operation, List<Variant> variants) {
        String boundary = "walker-boundary";
        String type = "multipart/form-data; boundary=" + boundary;
        variants.add(plausible(operation).body(null, null).named("multipart: absent", Expect.REFUSED));
        variants.add(plausible(operation).body(type, part(boundary, "other", "a.csv", "a;b\r\n") + "--" + boundary + "--\r\n")
                .named("multipart: no file part", Expect.REFUSED));
        variants.add(plausible(operation).body(type, part(boundary, "file", "a.csv", "a;b\r\n"))
                .named("multipart: cut short", Expect.REFUSED));
        variants.add(plausible(operation).body("multipart/form-data", part(boundary, "file", "a.csv", "a;b\r\n") + "--" + boundary + "--\r\n")
                .named("multipart: no boundary", Expect.REFUSED));
        variants.add(plausible(operation).body("application/json", "{}").named("multipart: JSON instead", Expect.REFUSED));
        variants.add(plausible(operation).body(type, part(boundary, "file", "empty.csv", "") + "--" + boundary + "--\r\n")
                .named("multipart: an empty file", Expect.EITHER));
        variants.add(plausible(operation).rawBody(type, garbageFile(boundary)).named("multipart: a binary file", Expect.EITHER));
        variants.add(plausible(operation).body(type, part(boundary, "file", "a.csv", "\"unclosed;quote\r\n" + "x;".repeat(5_000))
                + "--" + boundary + "--\r\n").named("multipart: a broken CSV", Expect.EITHER));
    }

    private static String part(String boundary, String name, String fileName, String content) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n" + content + "\r\n";
    }

    private static byte[] garbageFile(String boundary) {
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.xlsx\"\r\n"
                + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] junk = new byte[4_096];
        new java.util.Random(9).nextBytes(junk);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + junk.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(junk, 0, all, head.length, junk.length);
        System.arraycopy(tail, 0, all, head.length + junk.length, tail.length);
        return all;
    }

    // The plausible request, then one change to it.

    private Draft plausible(Operation operation) {
        Draft draft = new Draft(operation);
        operation.in("path").forEach(p -> draft.pathValues.put(p.name(), encoded(plausibleValue(p))));
        operation.in("query").stream().filter(Parameter::required)
                .forEach(p -> draft.query.add(Map.entry(p.name(), encoded(plausibleValue(p)))));
        draft.headers.put("Authorization", tokens.everyRole());
        draft.headers.put("Accept", "application/json, application/problem+json");
        if (operation.takesJson()) {
            draft.body("application/json", JSON.writeValueAsString(operation.bodySample()));
        } else if (operation.takesMultipart()) {
            draft.body("multipart/form-data; boundary=walker", part("walker", "file", "walker.csv", "theme_id;kind\r\n") + "--walker--\r\n");
        }
        return draft;
    }

    private static String plausibleValue(Parameter parameter) {
        JsonNode sample = parameter.sample();
        return sample.isString() ? sample.asString() : sample.toString();
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static final class Draft {
        private final Operation operation;
        private String method;
        private final Map<String, String> pathValues = new LinkedHashMap<>();
        private final List<Map.Entry<String, String>> query = new ArrayList<>();
        private final Map<String, String> headers = new LinkedHashMap<>();
        private byte[] body;

        Draft(Operation operation) {
            this.operation = operation;
            this.method = operation.method();
        }

        Draft method(String method) {
            this.method = method;
            return this;
        }

        Draft path(String name, String raw) {
            pathValues.put(name, raw);
            return this;
        }

        Draft query(String name, String raw) {
            query.add(Map.entry(name, raw));
            return this;
        }

        Draft withoutQuery(String name) {
            query.removeIf(entry -> entry.getKey().equals(name));
            return this;
        }

        Draft header(String name, String value) {
            if (value == null) {
                headers.remove(name);
            } else {
                headers.put(name, value);
            }
            return this;
        }

        Draft body(String contentType, String text) {
            return rawBody(contentType, text == null ? null : text.getBytes(StandardCharsets.UTF_8));
        }

        Draft rawBody(String contentType, byte[] bytes) {
            header("Content-Type", contentType);
            this.body = bytes;
            return this;
        }

        Variant named(String name, Expect expect) {
            String path = operation.path();
            for (Map.Entry<String, String> value : pathValues.entrySet()) {
                path = path.replace("{" + value.getKey() + "}", value.getValue());
            }
            String target = query.isEmpty() ? path
                    : path + "?" + query.stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
            return new Variant(name, expect, new RawHttp.Request(method, target, Map.copyOf(headers), body));
        }
    }

    // JSON helpers: the body's leaves as paths (a.b[0].c), read and replaced on a copy.

    private static List<String> leaves(JsonNode node, String prefix) {
        List<String> paths = new ArrayList<>();
        if (node.isObject()) {
            node.properties().forEach(p -> {
                String path = prefix.isEmpty() ? p.getKey() : prefix + "." + p.getKey();
                paths.add(path);
                if (p.getValue().isContainer()) {
                    paths.addAll(leaves(p.getValue(), path));
                }
            });
        } else if (node.isArray() && node.size() > 0 && node.get(0).isContainer()) {
            paths.addAll(leaves(node.get(0), prefix + "[0]"));
        }
        return paths;
    }

    private static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String segment : segments(path)) {
            node = segment.startsWith("[") ? node.get(Integer.parseInt(segment.substring(1, segment.length() - 1))) : node.get(segment);
        }
        return node;
    }

    private static JsonNode replaced(JsonNode root, String path, JsonNode value) {
        JsonNode copy = root.deepCopy();
        List<String> segments = segments(path);
        JsonNode parent = copy;
        for (String segment : segments.subList(0, segments.size() - 1)) {
            parent = segment.startsWith("[") ? parent.get(Integer.parseInt(segment.substring(1, segment.length() - 1))) : parent.get(segment);
        }
        String last = segments.get(segments.size() - 1);
        if (last.startsWith("[")) {
            ((ArrayNode) parent).set(Integer.parseInt(last.substring(1, last.length() - 1)), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
        return copy;
    }

    private static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        for (String dotted : path.split("\\.")) {
            int bracket = dotted.indexOf('[');
            if (bracket < 0) {
                segments.add(dotted);
            } else {
                if (bracket > 0) {
                    segments.add(dotted.substring(0, bracket));
                }
                for (String index : dotted.substring(bracket).split("(?=\\[)")) {
                    segments.add(index);
                }
            }
        }
        return segments;
    }

    private static boolean sameKind(JsonNode a, JsonNode b) {
        return kind(a).equals(kind(b));
    }

    private static String kind(JsonNode node) {
        return node.isObject() ? "an object" : node.isArray() ? "an array" : node.isString() ? "a string"
                : node.isNumber() ? "a number" : node.isBoolean() ? "a boolean" : "null";
    }
}
