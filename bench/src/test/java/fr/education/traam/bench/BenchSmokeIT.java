package fr.education.traam.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole benchmark with tiny settings on a platform of its own (free ports, a temporary folder, the jars the build
 * just made), writing into a temporary results folder: a benchmark that no longer runs is caught by the test command,
 * while how fast it ran is nobody's verdict here.
 */
class BenchSmokeIT {

    private static final Logger log = LoggerFactory.getLogger(BenchSmokeIT.class);

    // Kept when the run fails: the components' logs are under .traam/logs there.
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path home;

    @TempDir
    Path results;

    @Test
    void runs_every_measure_and_writes_json_markdown_and_svg() throws Exception {
        Path repository = Path.of(System.getProperty("maven.multiModuleProjectDirectory", ".."));
        // Only the services the measures pass through, with the client compiler only: the run checks the benchmark
        // works, and a platform of every service at its steady pace would cost the suite time for nothing it measures.
        BenchSettings tiny = new BenchSettings(repository, results, 5, Duration.ofSeconds(2), 50, 4, 50, 200, false, false, false,
                true, null, BenchSettings.MEASURED_SERVICES);

        long started = System.nanoTime();
        BenchResults run = BenchRun.run(tiny, home, log::info);
        Reports.write(run, results);
        log.info("Smoke run in {} s", (System.nanoTime() - started) / 1_000_000_000);

        JsonNode latest = JsonMapper.builder().build().readTree(results.resolve("latest.json").toFile());
        for (String field : new String[] {"startedAt", "machine", "settings", "feed", "kafka", "fanOut", "ratios",
                "footprint", "residentMegabytesIdle", "residentMegabytesAfterLoad"}) {
            assertThat(latest.has(field)).as(field).isTrue();
        }
        assertThat(latest.at("/feed/direct/latency/count").asInt()).isPositive();
        assertThat(latest.at("/feed/gateway/latency/count").asInt()).isPositive();
        assertThat(latest.at("/kafka/messages").asInt()).isEqualTo(50);
        assertThat(latest.at("/fanOut/sent").asInt()).isEqualTo(10);
        // Both kinds of news went all the way: five opening calls and five published selections.
        for (String kind : new String[] {"OPENING_CALL", "PUBLISHED_SELECTION"}) {
            assertThat(latest.at("/fanOut/byKind/" + kind + "/sent").asInt()).as(kind).isEqualTo(5);
            assertThat(latest.at("/fanOut/byKind/" + kind + "/draftItem/count").asInt()).as(kind).isEqualTo(5);
            assertThat(latest.at("/fanOut/byKind/" + kind + "/webhook/count").asInt()).as(kind).isEqualTo(5);
        }
        assertThat(latest.at("/fanOut/peakResidentMegabytes/gateway").asLong()).isPositive();
        assertThat(latest.at("/footprint/importStatus").asString()).isEqualTo("ACCEPTED");
        assertThat(latest.at("/footprint/importDetails/rowsValid").asInt()).isEqualTo(200);
        assertThat(latest.at("/footprint/traamUpNote").asString()).contains("skipped");
        assertThat(latest.at("/notes").toString()).as("the figures say they come from a quick start").contains("client compiler only");
        assertThat(latest.at("/residentMegabytesIdle/gateway").asLong()).isPositive();
        try (var dated = Files.list(results)) {
            assertThat(dated.map(path -> path.getFileName().toString()))
                    .contains("latest.json", "latest.md", "latest.svg", run.startedAt().replace(':', '-') + ".json");
        }
        assertThat(Files.readString(results.resolve("latest.md"))).contains("| feed, through the gateway |");
        assertThat(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(results.resolve("latest.svg").toFile())
                .getDocumentElement().getTagName()).isEqualTo("svg");
    }
}
