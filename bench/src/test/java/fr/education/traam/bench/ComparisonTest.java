package fr.education.traam.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The first benchmark's file (fewer measures, another schema) still compares on the figures it shares. */
class ComparisonTest {

    private static final Path RESULTS = Path.of(System.getProperty("maven.multiModuleProjectDirectory", ".."))
            .resolve("bench/results");

    @Test
    void a_file_of_the_first_benchmark_compares_on_the_figures_it_has() {
        BenchResults after = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                .readValue(RESULTS.resolve("2026-11-24T02-05-51Z.json").toFile(), BenchResults.class);

        Comparison comparison = Comparison.of(RESULTS.resolve("2026-11-24T01-24-57Z-ac473a6.json"), after);

        assertThat(comparison.before()).isEqualTo("2026-11-24T01:24:57Z");
        assertThat(comparison.rows()).contains(
                new Comparison.Row("fan-out events sent", "12000", "12000"),
                new Comparison.Row("… answered with an error", "11779", "0"),
                new Comparison.Row("news arrived, events/s", "2.9", "82.5"),
                new Comparison.Row("resident MiB after the load, gateway", "251", "355"));
        assertThat(comparison.markdown()).contains("| … answered with an error | 11779 | 0 |");
    }
}
