package fr.education.traam.bench;

import java.util.List;
import java.util.Map;

/**
 * Everything one run measured, as written to {@code latest.json}. Ratios are {@code null} when their denominator is
 * zero; Kafka's tool prints whole milliseconds, so its p99 is floored at 1 ms before dividing.
 */
record BenchResults(String startedAt, Machine machine, Settings settings, double platformStartSeconds,
                    FeedComparison feed, KafkaBaseline.Result kafka, FanOut.Result fanOut, Ratios ratios,
                    Footprint footprint,
                    Map<String, Long> residentMegabytesIdle, Map<String, Long> residentMegabytesAfterLoad,
                    List<String> notes) {

    record Machine(int cores, long memoryMegabytes, String java, String os) {
    }

    record Settings(double rate, double durationSeconds, int events, int requests, int concurrency, int kafkaMessages) {
    }

    /**
     * {@code ./traam up} to all healthy ({@code null} with a note when not measured: skipped, or a platform already on
     * its ports), and the dedicated-file import.
     */
    record Footprint(Double traamUpSeconds, String traamUpNote, int importRows, Double importSeconds, String importStatus,
                     TenThousandRows.Result importDetails) {
    }

    /** The same ÉduNum Atom feed read on the dissemination service's own port and through the gateway. */
    record FeedComparison(String path, LoadResult direct, LoadResult gateway) {
    }

    record Ratios(Double gatewayOverDirectP50, Double gatewayOverDirectP99, Double directOverGatewayThroughput,
                  Double fanOutWebhookP99OverKafkaP99, Double fanOutDraftP99OverKafkaP99) {
    }
}
