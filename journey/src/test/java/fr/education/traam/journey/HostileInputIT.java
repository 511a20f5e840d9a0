package fr.education.traam.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.education.traam.journey.HostileRequests.Expect;
import fr.education.traam.journey.HostileRequests.Variant;
import fr.education.traam.journey.OpenApiOperations.Operation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Bad input gets a problem, everywhere a client can reach: every operation of every service's OpenAPI document, read
 * through the gateway as a client reads it, is called with hostile variants of a plausible request (see
 * {@link HostileRequests}). Every answer must be a success (where accepting is legitimate) or a 4xx problem — {@code
 * application/problem+json}, a JSON object with {@code type}, {@code title} and {@code status} equal to the HTTP
 * status — never a 5xx, an empty body, a stack trace or a class name.
 *
 * <p>Answers that are not problems in areas other work owns are listed in {@link #ALLOWED}, each with its reason and
 * owner; any other fails the test. The summary goes to the test output and to {@code journey/target/hostile-input.txt}.
 */
@ExtendWith(SharedPlatform.class)
class HostileInputIT {

    /** Resets before any answer that were asked again (see {@link #sent}); reported, never hidden. */
    private static final AtomicInteger RESETS_ASKED_AGAIN = new AtomicInteger();


    private static final Logger log = LoggerFactory.getLogger(HostileInputIT.class);

    /** Where the walker knocked: the gateway, as clients do, or the service itself, as anything inside the network can. */
    enum Entry { GATEWAY, SERVICE }

    /**
     * One answer that was not a problem: where it was sent, what, what came back and what is wrong with it; for an
     * answer through the gateway, {@code serviceAloneAnswered} is the status the service gave the same request without
     * fault, when it did: then the gateway made the fault.
     */
    record Finding(Entry entry, String service, String operation, String variant, int status, String fault, String excerpt,
                   Integer serviceAloneAnswered) {

        boolean madeByTheGateway() {
            return entry == Entry.GATEWAY && serviceAloneAnswered != null;
        }

        @Override
        public String toString() {
            return (entry == Entry.GATEWAY ? "via the gateway " : "to the service ") + operation + " — " + variant + " → "
                    + status + ": " + fault + (madeByTheGateway() ? " (the service alone answered " + serviceAloneAnswered + ")" : "")
                    + (excerpt.isEmpty() ? "" : " | " + excerpt);
        }
    }

    /** Findings another piece of work is fixing: remove the entry once that work is merged and the walk is clean. */
    record Allowance(String owner, String reason, Predicate<Finding> covers) {
    }

    static final List<Allowance> ALLOWED = List.of();

    private static final Pattern INTERNALS = Pattern.compile(
            "\\b(java|javax|jakarta|sun|org\\.springframework|org\\.apache|tools\\.jackson|com\\.fasterxml|reactor|io\\.netty"
                    + "|fr\\.education\\.traam)\\.([a-z0-9_]+\\.)*[A-Z][A-Za-z0-9_$]*|\\b[A-Z][A-Za-z0-9]*(Exception|Error)\\b"
                    + "|\\tat [a-z]");

    /** An {@code email} claim that is no address: a Mongo operator, CR LF, a NUL, then 2000 characters. */
    private static final String ODD_EMAIL = "{\"$gt\":\"\"}\r\n\u0000@" + "x".repeat(2_000);

    @TempDir
    static Path elsewhere;

    @Test
    void every_operation_answers_hostile_input_with_a_problem_or_accepts_it() {
        SharedPlatform.Running running = SharedPlatform.running();
        RawHttp http = new RawHttp(running.platform().gateway());
        HostileRequests hostile = new HostileRequests(new HostileRequests.Tokens(running.badges().everyRole(Academy.LYON),
                running.badges().teacher(Academy.LYON), running.badges().expired(), running.badges().forged(elsewhere),
                running.badges().everyRole(Academy.LYON, ODD_EMAIL)));

        List<Operation> operations = operations(http, running.platform().services());
        List<Finding> findings = new ArrayList<>();
        int requests = 0;
        long started = System.nanoTime();
        for (Operation operation : operations) {
            RawHttp service = new RawHttp(running.platform().address(operation.service()));
            for (Variant variant : hostile.of(operation)) {
                RawHttp.Response direct = sent(service, variant);
                RawHttp.Response through = sent(http, variant);
                requests += 2;
                Optional<String> directFault = fault(variant, direct);
                directFault.ifPresent(fault -> findings.add(new Finding(Entry.SERVICE, operation.service(), operation.name(),
                        variant.name(), direct.status(), fault, excerpt(direct), null)));
                fault(variant, through).ifPresent(fault -> findings.add(new Finding(Entry.GATEWAY, operation.service(),
                        operation.name(), variant.name(), through.status(), fault, excerpt(through),
                        directFault.isEmpty() ? direct.status() : null)));
            }
        }

        String summary = summary(operations, requests, findings, (System.nanoTime() - started) / 1e9)
                .replaceFirst("\n", "\nConnection resets before an answer, asked again once: " + RESETS_ASKED_AGAIN.get() + "\n");
        // The output shows the figures and the classes; the file has every answer too.
        log.info("\n{}", summary.substring(0, summary.contains("\nEach answer:") ? summary.indexOf("\nEach answer:") : summary.length()));
        write(summary);
        assertThat(operations).as("operations in the OpenAPI documents").hasSizeGreaterThan(10);
        assertThat(operations.stream().map(Operation::service).distinct())
                .as("services walked: every service of components.conf, the gateway's Swagger UI lists them all")
                .containsAll(running.platform().services());
        assertThat(findings.stream().filter(finding -> allowance(finding).isEmpty()).map(Finding::toString))
                .as("answers that were not problems, outside the allow-list (details in journey/target/hostile-input.txt)")
                .isEmpty();
    }

    /** Every service's document, found where the gateway's Swagger UI finds it; only services of this platform. */
    private static List<Operation> operations(RawHttp http, List<String> components) {
        RawHttp.Response config = http.send(get("/v3/api-docs/swagger-config"));
        assertThat(config.status()).as(config.text()).isEqualTo(200);
        List<Operation> operations = new ArrayList<>();
        for (JsonNode url : Gateway.json(config.text()).get("urls")) {
            String service = url.get("name").asString();
            if (!components.contains(service)) {
                continue;
            }
            // The first document a service writes takes seconds on a busy machine, the gateway's time limit 10 s.
            RawHttp.Response document = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> http.send(get(url.get("url").asString())), answer -> answer.status() == 200);
            operations.addAll(OpenApiOperations.of(service, document.text()));
        }
        return operations;
    }

    /**
     * The answer to a variant; a {@code 503 service-unavailable} the gateway wrote because the service was slow (the
     * machine is busy, the input has nothing to do with it) is asked again, a few times. A connection reset before any
     * answer is asked again once, and counted in the summary: the gateway may close a connection whose request it had not
     * read to the end when the service answered first (docs/gateway.md); a second reset is a finding.
     */
    private static RawHttp.Response sent(RawHttp http, Variant variant) {
        RawHttp.Response answer = http.send(variant.request());
        for (int again = 0; again < 3 && answer.status() == 503 && answer.text().contains("/service-unavailable"); again++) {
            answer = http.send(variant.request());
        }
        if (answer.status() == 0 && answer.text().contains("Connection reset")) {
            RESETS_ASKED_AGAIN.incrementAndGet();
            answer = http.send(variant.request());
        }
        return answer;
    }

    private static RawHttp.Request get(String path) {
        return new RawHttp.Request("GET", path, Map.of("Accept", "application/json"), null);
    }

    /** What is wrong with the answer, if anything. */
    static Optional<String> fault(Variant variant, RawHttp.Response answer) {
        int status = answer.status();
        if (status >= 500 || status < 200) {
            return Optional.of(status < 200 ? "no HTTP answer (" + answer.text() + ")" : "a server error");
        }
        if (status < 400) {
            return variant.expect() == Expect.REFUSED ? Optional.of("accepted what must be refused") : Optional.empty();
        }
        String text = answer.text();
        if (INTERNALS.matcher(text).find()) {
            return Optional.of("internals in the body");
        }
        String contentType = Optional.ofNullable(answer.header("Content-Type")).orElse("").toLowerCase(Locale.ROOT);
        if (text.isBlank()) {
            return Optional.of("an empty body" + (contentType.isEmpty() ? "" : " (" + contentType + ")"));
        }
        if (!contentType.startsWith("application/problem+json")) {
            return Optional.of("Content-Type " + (contentType.isEmpty() ? "absent" : contentType));
        }
        JsonNode problem;
        try {
            problem = Gateway.json(text);
        } catch (RuntimeException e) {
            return Optional.of("a body that is not JSON");
        }
        if (!problem.isObject() || !problem.path("type").isString() || problem.path("type").asString().isBlank()
                || !problem.path("title").isString()) {
            return Optional.of("no type or title");
        }
        if (problem.path("status").asInt(-1) != status) {
            return Optional.of("status member " + problem.path("status") + " is not the HTTP status");
        }
        return Optional.empty();
    }

    private static String excerpt(RawHttp.Response answer) {
        String text = answer.text().replaceAll("\\s+", " ").trim();
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }

    private static Optional<Allowance> allowance(Finding finding) {
        return ALLOWED.stream().filter(allowance -> allowance.covers().test(finding)).findFirst();
    }

    private static String summary(List<Operation> operations, int requests, List<Finding> findings, double seconds) {
        long allowed = findings.stream().filter(finding -> allowance(finding).isPresent()).count();
        Map<String, Long> perService = operations.stream()
                .collect(Collectors.groupingBy(Operation::service, TreeMap::new, Collectors.counting()));
        StringBuilder text = new StringBuilder("Hostile-input walk: ")
                .append(operations.size()).append(" operations walked (").append(perService.toString()).append("), ").append(requests).append(" requests sent in ").append(String.format(Locale.ROOT, "%.1f", seconds))
                .append(" s, ").append(findings.size()).append(" answers that were not problems: ")
                .append(findings.size() - allowed).append(" outside the allow-list, ").append(allowed).append(" allowed\n");
        Map<String, Long> byClass = findings.stream().collect(Collectors.groupingBy(
                finding -> finding.entry() + ": " + finding.fault() + " ← " + finding.variant().replaceAll("^(path|query|field) [^:]+:", "$1 …:")
                        + allowance(finding).map(a -> " [allowed: " + a.owner() + "]").orElse(""),
                TreeMap::new, Collectors.counting()));
        if (!byClass.isEmpty()) {
            text.append("\nBy class (entry: fault ← variant):\n");
            byClass.forEach((kind, count) -> text.append(String.format(Locale.ROOT, "%6d  %s%n", count, kind)));
            text.append("\nEach answer:\n");
            findings.forEach(finding -> text.append(allowance(finding).map(a -> "[allowed: " + a.owner() + ", " + a.reason() + "] ")
                    .orElse("[NOT ALLOWED] ")).append(finding).append('\n'));
        }
        return text.toString();
    }

    private static void write(String summary) {
        Path repository = Path.of(System.getProperty("maven.multiModuleProjectDirectory", ".."));
        try {
            Path report = repository.resolve("journey/target/hostile-input.txt");
            Files.createDirectories(report.getParent());
            Files.writeString(report, summary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
