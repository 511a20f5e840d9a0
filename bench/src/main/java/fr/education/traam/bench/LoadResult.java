package fr.education.traam.bench;

import java.util.Map;

/**
 * One closed-loop load: {@code requests} calls by {@code concurrency} clients, how long it took, how many did not
 * answer 200 (by status, {@code none} when no answer came), and the latencies of those that did.
 */
record LoadResult(String target, int concurrency, int requests, int errors, Map<String, Integer> errorsByStatus,
                  double seconds, double throughputPerSecond, Latencies latency) {
}
