package fr.education.traam.bench;

import fr.education.traam.embedded.identity.SigningKeys;
import fr.education.traam.embedded.identity.TokenMinter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark's client of the platform under test: bearer tokens signed with its key pair (as {@code ./traam token}
 * signs them) and JSON calls through the gateway, for the set-up steps that are not measured.
 */
final class Platform {

    static final String EXPERT_ID = "expert-bench";
    static final String THEME_ID = "ia-et-ecriture";
    /** The académie whose website the benchmark plays and whose DAN applies: Lyon. */
    static final String LYON = "10";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** The platform keeps one campaign per school year: each campaign the benchmark drafts takes the next one. */
    private static final int LAST_SCHOOL_YEAR = 2999;
    private final AtomicInteger nextSchoolYear = new AtomicInteger(2100);

    record Draft(String schoolYear, String title, Calendar calendar, List<Theme> themes) {
    }

    record Calendar(String callOpening, String academicSelectionDeadline, String nationalSelection, String launch,
                    String yearTwoStart, String closing) {
    }

    record Theme(String id, String title, String kind, List<String> disciplines, List<Expert> experts, int capacity) {
    }

    record Expert(String id, String name) {
    }

    record PhaseTransition(String to) {
    }

    record Candidature(String campaignId, String themeId, List<Project> projects, Team team) {
    }

    record Project(String title, String summary, List<String> disciplines, List<String> schoolLevels,
                   List<String> crcnCompetences) {
    }

    record Team(Inspector inspector, List<Member> teachers, Member referent, Member cardie) {
    }

    record Inspector(String name, String email, String corps) {
    }

    record Member(String name, String email) {
    }

    record Decision(String decision, String rationale) {
    }

    /**
     * Disciplines of the ÉduNum lines, taken in turn by the benchmark's themes: news of a theme also goes to its
     * discipline's line, and TraAM themes span the disciplines. Were they all "Lettres", one line's draft would hold
     * every event of the run, thousands of items no editor leaves unpublished, and each new one would cost as much as
     * the draft is long.
     */
    static final List<String> DISCIPLINES = List.of("Lettres", "Mathématiques", "Histoire-géographie", "Anglais",
            "Physique-chimie", "SVT", "Philosophie", "Éducation musicale", "Arts plastiques", "EPS", "Technologie",
            "Documentation");

    private final URI gateway;
    private final TokenMinter minter;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** A client of the platform behind {@code gateway}, signing tokens with the pair in {@code keys} as {@code issuer}. */
    Platform(URI gateway, Path keys, String issuer) {
        this.gateway = gateway;
        this.minter = new TokenMinter(SigningKeys.loadOrCreate(keys), issuer, Clock.systemUTC());
    }

    URI gateway() {
        return gateway;
    }

    String bearer(String subject, String role, String academy) {
        return "Bearer " + minter.mint(new TokenMinter.TokenRequest(subject, List.of(role), academy, Duration.ofHours(2)));
    }

    String expert() {
        return bearer(EXPERT_ID, "DNE_EXPERT", null);
    }

    /**
     * A campaign with one theme, whose calendar lies in the future so that only the benchmark's transitions move it.
     * Returns its id.
     */
    String draftCampaign(String expert, int number) {
        return draftCampaign(expert, "TraAM bench " + number, List.of(theme(THEME_ID, number)));
    }

    /** A campaign with {@code themes}, drafted by {@code expert}; returns its id. */
    String draftCampaign(String expert, String title, List<Theme> themes) {
        while (true) {
            int start = nextSchoolYear.getAndIncrement();
            if (start > LAST_SCHOOL_YEAR) {
                throw new IllegalStateException("the benchmark drafts at most " + (LAST_SCHOOL_YEAR - 2100 + 1)
                        + " campaigns on one platform (one per school year): lower its rate or duration");
            }
            Draft draft = new Draft(start + "-" + (start + 1), title,
                    new Calendar("2027-03-15", "2027-05-14", "2027-06-18", "2027-09-01", "2028-09-01", "2029-07-06"), themes);
            HttpResponse<String> created = send("POST", "/api/campaigns", expert, draft);
            // A platform the benchmark ran on before has these years already: take the next one.
            if (created.statusCode() == 409 && created.body().contains("school-year-taken")) {
                continue;
            }
            require(201, created, "drafting a campaign");
            return JSON.readTree(created.body()).get("id").asString();
        }
    }

    /** A theme the benchmark's expert follows, in the {@code number}-th discipline (in turn). */
    static Theme theme(String id, int number) {
        return new Theme(id, "IA et écriture " + id, "DISCIPLINARY", List.of(DISCIPLINES.get(number % DISCIPLINES.size())),
                List.of(new Expert(EXPERT_ID, "Claire Martin")), 6);
    }

    /** The DAN of Lyon (académie 10), whose website the benchmark plays. */
    String lyonDan() {
        return bearer("dan-10", "DAN", LYON);
    }

    /** Lyon's candidature by form to one theme: one project, the académie's group of five. */
    static Candidature candidature(String campaignId, String themeId) {
        return new Candidature(campaignId, themeId,
                List.of(new Project("Écrire avec l'IA à Lyon", "Les élèves comparent leurs textes à ceux d'une IA.",
                        List.of("Lettres"), List.of("SECOND_DEGRE"), List.of("2.3", "3.1"))),
                new Team(new Inspector("Hélène Robert", "helene.robert@ac-lyon.fr", "IA_IPR"),
                        List.of(new Member("Paul Martin", "paul.martin@ac-lyon.fr"),
                                new Member("Inès Benali", "ines.benali@ac-lyon.fr"),
                                new Member("Marc Petit", "marc.petit@ac-lyon.fr")),
                        new Member("Sophie Durand", "sophie.durand@ac-lyon.fr"),
                        new Member("Luc Moreau", "luc.moreau@ac-lyon.fr")));
    }

    HttpResponse<String> openCall(String expert, String campaignId) {
        return moveTo(expert, campaignId, "CALL_OPEN");
    }

    HttpResponse<String> moveTo(String expert, String campaignId, String phase) {
        return send("POST", "/api/campaigns/" + campaignId + "/phase-transitions", expert, new PhaseTransition(phase));
    }

    /** The ÉduNum line the news of a campaign's theme goes to. */
    static String themeLine(String campaignId, String themeId) {
        return "theme-" + campaignId + "-" + themeId;
    }

    HttpResponse<String> send(String method, String path, String bearer, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway.resolve(path)).timeout(TIMEOUT)
                .header("Authorization", bearer);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The answer's status, or -1 when no answer came: for polling an address that may not exist yet. */
    int status(URI uri) {
        try {
            return client.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    static String toJson(Object body) {
        return JSON.writeValueAsString(body);
    }

    static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    static void require(int status, HttpResponse<String> response, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + ": expected " + status + ", got " + response.statusCode() + " "
                    + response.body());
        }
    }
}
