package fr.education.traam.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * This run beside an earlier one ({@code --compare bench/results/<start>.json}): the figures both share, before and
 * after, as a Markdown section of the summary. Read from the earlier JSON field by field, so that a file written by an
 * older benchmark, with fewer measures, still compares on the ones it has.
 */
record Comparison(String before, List<Row> rows) {

    record Row(String measure, String before, String after) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Comparison of(Path earlier, BenchResults after) {
        JsonNode now = JSON.valueToTree(after);
        JsonNode then = JSON.readTree(earlier.toFile());
        List<Row> rows = new ArrayList<>();
        add(rows, "fan-out events sent", then, now, "/fanOut/sent", Comparison::whole);
        add(rows, "… answered with an error", then, now, "/fanOut/httpErrors", Comparison::whole);
        add(rows, "… HTTP errors by status", then, now, "/fanOut/httpErrorsByStatus", JsonNode::toString);
        add(rows, "news arrived, events/s", then, now, "/fanOut/throughputPerSecond", Comparison::decimal);
        for (String measure : List.of("http", "draftItem", "webhook")) {
            add(rows, "fan-out " + measure + " count", then, now, "/fanOut/" + measure + "/count", Comparison::whole);
            add(rows, "fan-out " + measure + " p50 ms", then, now, "/fanOut/" + measure + "/p50", Comparison::decimal);
            add(rows, "fan-out " + measure + " p99 ms", then, now, "/fanOut/" + measure + "/p99", Comparison::decimal);
        }
        add(rows, "feed direct, requests/s", then, now, "/feed/direct/throughputPerSecond", Comparison::decimal);
        add(rows, "feed through the gateway, requests/s", then, now, "/feed/gateway/throughputPerSecond", Comparison::decimal);
        add(rows, "Kafka EndToEndLatency p99 ms", then, now, "/kafka/p99Ms", Comparison::decimal);
        now.path("residentMegabytesAfterLoad").propertyNames().forEach(component -> add(rows,
                "resident MiB after the load, " + component, then, now, "/residentMegabytesAfterLoad/" + component,
                Comparison::whole));
        return new Comparison(then.path("startedAt").asString(earlier.getFileName().toString()), rows);
    }

    private static void add(List<Row> rows, String measure, JsonNode then, JsonNode now, String pointer,
                            Function<JsonNode, String> format) {
        JsonNode before = then.at(pointer);
        JsonNode after = now.at(pointer);
        if (!before.isMissingNode() && !after.isMissingNode() && !before.isNull() && !after.isNull()) {
            rows.add(new Row(measure, format.apply(before), format.apply(after)));
        }
    }

    private static String whole(JsonNode value) {
        return Long.toString(value.asLong());
    }

    private static String decimal(JsonNode value) {
        return String.format(Locale.ROOT, "%.1f", value.asDouble());
    }

    String markdown() {
        StringBuilder md = new StringBuilder("\n## Before → after\n\nThis run against the run of ").append(before)
                .append(" (settings may differ; see both files).\n\n| measure | before | after |\n|---|---|---|\n");
        rows.forEach(row -> md.append("| ").append(row.measure()).append(" | ").append(row.before()).append(" | ")
                .append(row.after()).append(" |\n"));
        return md.toString();
    }
}
