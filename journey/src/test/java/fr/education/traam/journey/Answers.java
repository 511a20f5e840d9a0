package fr.education.traam.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.awaitility.core.ConditionFactory;

/**
 * How the journeys wait for the platform: services learn of each other's changes through Kafka, so a step that depends
 * on an earlier one in another service asks again, within a bound, rather than sleeping.
 */
final class Answers {

    private Answers() {
    }

    static HttpResponse<String> expectStatus(int status, HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.request().method() + " " + response.uri() + ": " + response.body())
                .isEqualTo(status);
        return response;
    }

    static HttpResponse<String> awaitAnswer(String what, int status, Supplier<HttpResponse<String>> call) {
        return awaitAnswer(what, status, call, response -> true);
    }

    static HttpResponse<String> awaitAnswer(String what, int status, Supplier<HttpResponse<String>> call,
                                            Predicate<HttpResponse<String>> done) {
        return awaitAnswer(what, status, patiently(), call, done);
    }

    /**
     * Calls until the answer has {@code status} and satisfies {@code done}, within a bound that only a broken platform
     * reaches; the last answer is in the failure message.
     */
    static HttpResponse<String> awaitAnswer(String what, int status, ConditionFactory bound,
                                            Supplier<HttpResponse<String>> call, Predicate<HttpResponse<String>> done) {
        AtomicReference<HttpResponse<String>> last = new AtomicReference<>();
        bound.alias(what).untilAsserted(() -> {
            HttpResponse<String> response = call.get();
            last.set(response);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
            assertThat(done.test(response)).as(response.body()).isTrue();
        });
        return last.get();
    }

    /** Events cross the platform in well under a second; thirty leave room for a loaded two-core machine. */
    static ConditionFactory patiently() {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250));
    }

    static String seconds(long since) {
        return String.format("%.1f", (System.nanoTime() - since) / 1e9);
    }
}
