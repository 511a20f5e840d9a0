package fr.education.traam.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes one run's results: {@code latest.json} and a dated copy, {@code latest.md}, {@code latest.svg}. */
final class Reports {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private Reports() {
    }

    /** Returns the files written. */
    static List<Path> write(BenchResults results, Path folder) {
        return write(results, folder, null);
    }

    /** The same, the summary ending with {@code comparison} unless it is null. */
    static List<Path> write(BenchResults results, Path folder, Comparison comparison) {
        try {
            Files.createDirectories(folder);
            String json = JSON.writeValueAsString(results) + "\n";
            // Colons are not welcome in every file system's names: 2026-11-24T00-35-07Z.
            String dated = results.startedAt().replace(':', '-') + ".json";
            List<Path> written = List.of(folder.resolve("latest.json"), folder.resolve(dated),
                    folder.resolve("latest.md"), folder.resolve("latest.svg"));
            Files.writeString(written.get(0), json, StandardCharsets.UTF_8);
            Files.writeString(written.get(1), json, StandardCharsets.UTF_8);
            Files.writeString(written.get(2), markdown(results)
                    + (comparison == null ? "" : comparison.markdown()), StandardCharsets.UTF_8);
            Files.writeString(written.get(3), svg(results), StandardCharsets.UTF_8);
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the results to " + folder, e);
        }
    }

    static String markdown(BenchResults r) {
        StringBuilder md = new StringBuilder();
        BenchResults.Machine m = r.machine();
        md.append("# TraAM benchmark, ").append(r.startedAt()).append("\n\n")
                .append(String.format(Locale.ROOT, "Machine: %d cores, %d MiB, Java %s, %s. Platform up in %.1f s.%n%n",
                        m.cores(), m.memoryMegabytes(), m.java(), m.os(), r.platformStartSeconds()))
                .append("| measure | n | errors | throughput/s | p50 ms | p95 ms | p99 ms | max ms |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        row(md, "feed, direct (" + r.feed().direct().concurrency() + " clients)", r.feed().direct().latency(),
                r.feed().direct().errors(), r.feed().direct().throughputPerSecond());
        row(md, "feed, through the gateway", r.feed().gateway().latency(), r.feed().gateway().errors(),
                r.feed().gateway().throughputPerSecond());
        KafkaBaseline.Result k = r.kafka();
        md.append(String.format(Locale.ROOT, "| Kafka EndToEndLatency (acks=all, %d B) | %d | 0 | | %.0f | | %.0f | p99.9 %.0f |%n",
                k.messageBytes(), k.messages(), k.p50Ms(), k.p99Ms(), k.p999Ms()));
        FanOut.Result f = r.fanOut();
        if (f != null) {
            row(md, "fan-out, all events: HTTP answer", f.http(), f.httpErrors(), f.achievedRatePerSecond());
            row(md, "fan-out, all events: item in the ÉduNum draft", f.draftItem(), f.draftsMissing(), f.throughputPerSecond());
            row(md, "fan-out, all events: signed webhook received", f.webhook(), f.webhooksMissing() + f.badSignatures(),
                    f.throughputPerSecond());
            f.byKind().forEach((kind, share) -> {
                String label = FanOut.Kind.valueOf(kind).label;
                row(md, "… " + label + ": HTTP answer", share.http(), share.httpErrors(), Double.NaN);
                row(md, "… " + label + ": draft item", share.draftItem(), share.draftsMissing(), Double.NaN);
                row(md, "… " + label + ": webhook", share.webhook(), share.webhooksMissing(), Double.NaN);
            });
        }
        BenchResults.Ratios ratios = r.ratios();
        md.append("\nRatios: gateway/direct p50 ").append(ratio(ratios.gatewayOverDirectP50()))
                .append(", p99 ").append(ratio(ratios.gatewayOverDirectP99()))
                .append("; direct/gateway throughput ").append(ratio(ratios.directOverGatewayThroughput()))
                .append("; fan-out p99 / Kafka p99: webhook ").append(ratio(ratios.fanOutWebhookP99OverKafkaP99()))
                .append(", draft item ").append(ratio(ratios.fanOutDraftP99OverKafkaP99())).append(".\n\n");
        if (f != null) {
            md.append(String.format(Locale.ROOT, "Fan-out: %d events sent at %.1f/s (target %.0f/s); news arrived at %.1f/s;"
                    + " HTTP errors %s.%n%n", f.sent(), f.achievedRatePerSecond(), f.targetRatePerSecond(),
                    f.throughputPerSecond(), f.httpErrorsByStatus().isEmpty() ? "none" : f.httpErrorsByStatus()));
        }
        if (r.footprint() != null) {
            BenchResults.Footprint fp = r.footprint();
            md.append(String.format(Locale.ROOT, "Footprint: `./traam up` to all healthy %s; %d-row dedicated file imported"
                    + " in %s.%n%n", fp.traamUpSeconds() == null ? "not measured (" + fp.traamUpNote() + ")"
                    : String.format(Locale.ROOT, "%.1f s", fp.traamUpSeconds()), fp.importRows(),
                    fp.importSeconds() == null ? "n/a" : String.format(Locale.ROOT, "%.1f s (%s)", fp.importSeconds(), fp.importStatus())));
        }
        md.append("Resident memory (MiB), idle → peak during the fan-out → after: ");
        List<String> memory = new ArrayList<>();
        r.residentMegabytesIdle().forEach((name, idle) -> memory.add(name + " " + idle + " → "
                + (f == null ? "?" : f.peakResidentMegabytes().getOrDefault(name, -1L)) + " → "
                + r.residentMegabytesAfterLoad().getOrDefault(name, -1L)));
        md.append(String.join(", ", memory)).append(".\n");
        if (!r.notes().isEmpty()) {
            md.append("\n");
            r.notes().forEach(note -> md.append("- ").append(note).append("\n"));
        }
        return md.toString();
    }

    private static void row(StringBuilder md, String name, Latencies l, int errors, double throughput) {
        md.append(String.format(Locale.ROOT, "| %s | %d | %d | %s | %.1f | %.1f | %.1f | %.1f |%n", name, l.count(),
                errors, Double.isNaN(throughput) ? "" : String.format(Locale.ROOT, "%.1f", throughput), l.p50(), l.p95(),
                l.p99(), l.max()));
    }

    private static String ratio(Double value) {
        return value == null ? "n/a" : String.format(Locale.ROOT, "%.2f", value);
    }

    /**
     * Grouped bars, p50 / p95 / p99 of each measure on a logarithmic axis: the feed's milliseconds and the fan-out's
     * hundreds of milliseconds fit one chart that way.
     */
    static String svg(BenchResults r) {
        Map<String, double[]> series = new LinkedHashMap<>();
        series.put("feed direct", triple(r.feed().direct().latency()));
        series.put("feed via gateway", triple(r.feed().gateway().latency()));
        // The tool prints no p95.
        series.put("Kafka end-to-end", new double[] {r.kafka().p50Ms(), Double.NaN, r.kafka().p99Ms()});
        if (r.fanOut() != null) {
            r.fanOut().byKind().forEach((kind, k) -> {
                String label = FanOut.Kind.valueOf(kind).label;
                series.put(label + ": draft", triple(k.draftItem()));
                series.put(label + ": webhook", triple(k.webhook()));
            });
        }
        int width = 800;
        // Room for the longest label, "published selection: webhook".
        int left = 215;
        int rowHeight = 54;
        int top = 40;
        int height = top + rowHeight * series.size() + 50;
        double maxMs = series.values().stream().flatMapToDouble(Arrays::stream).filter(ms -> !Double.isNaN(ms)).max().orElse(1);
        double decades = Math.max(1, Math.ceil(Math.log10(Math.max(maxMs, 1)) + 1));
        double plotWidth = width - left - 30;
        String[] colours = {"#4c78a8", "#f58518", "#e45756"};
        String[] labels = {"p50", "p95", "p99"};
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n", width, height, width, height))
                .append("<title>TraAM benchmark latencies, ").append(r.startedAt()).append("</title>\n")
                .append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", width, height))
                .append("<text x=\"10\" y=\"20\" font-size=\"14\">Latency (ms, log scale), ")
                .append(r.startedAt()).append("</text>\n");
        // One tick per decade from 0.1 ms.
        for (int d = 0; d <= decades; d++) {
            double x = left + plotWidth * d / decades;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>%n",
                    x, top - 5, x, height - 40));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", x,
                    height - 25, trim(Math.pow(10, d - 1))));
        }
        int index = 0;
        for (Map.Entry<String, double[]> entry : series.entrySet()) {
            int y = top + index * rowHeight;
            svg.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\">%s</text>%n", y + 27, escape(entry.getKey())));
            for (int p = 0; p < 3; p++) {
                double ms = entry.getValue()[p];
                if (Double.isNaN(ms)) {
                    continue;
                }
                double x = plotWidth * Math.max(0, Math.log10(Math.max(ms, 0.1)) + 1) / decades;
                svg.append(String.format(Locale.ROOT,
                        "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"14\" fill=\"%s\"><title>%s %s ms</title></rect>%n",
                        left, y + 4 + p * 15, x, colours[p], labels[p], trim(ms)));
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\">%s %s</text>%n",
                        left + x + 4, y + 15 + p * 15, labels[p], trim(ms)));
            }
            index++;
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static double[] triple(Latencies l) {
        return new double[] {l.p50(), l.p95(), l.p99()};
    }

    private static String trim(double value) {
        return value >= 10 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
