package fr.education.traam.bench;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * The dedicated-file import at the size the ministry asked for: Lyon's DAN uploads a CSV of {@code rows} project rows
 * through the gateway (one candidature holds at most 100 projects, so the rows spread over one theme per hundred),
 * and the time runs from the upload to the import's final status, read by polling it.
 */
final class TenThousandRows {

    /** What the import took, and how it ended. */
    record Result(int rows, int themes, int kilobytes, double seconds, String status, int rowsValid, int candidaturesCreated,
                  List<String> firstProblems) {
    }

    private static final List<String> COLUMNS = List.of("theme_id", "kind", "project_title", "project_summary",
            "disciplines", "school_levels", "crcn_competences", "inspector_name", "inspector_email", "inspector_corps",
            "teachers", "referent_name", "referent_email", "cardie_name", "cardie_email");
    private static final int PROJECTS_PER_CANDIDATURE = 100;

    private final Platform platform;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    TenThousandRows(Platform platform) {
        this.platform = platform;
    }

    Result measure(int rows, Duration limit) throws Exception {
        int themes = (rows + PROJECTS_PER_CANDIDATURE - 1) / PROJECTS_PER_CANDIDATURE;
        String expert = platform.expert();
        List<Platform.Theme> list = new ArrayList<>(themes);
        for (int t = 0; t < themes; t++) {
            list.add(Platform.theme("fichier-" + t, t));
        }
        String campaign = platform.draftCampaign(expert, "TraAM bench, fichier dédié", list);
        Platform.require(200, platform.openCall(expert, campaign), "opening the call of the file's campaign");
        byte[] file = csv(rows, themes);
        String dan = platform.lyonDan();

        // The candidatures service takes the file once the opening of the call reaches it; those refusals are set-up.
        long deadline = System.nanoTime() + limit.toNanos();
        HttpResponse<String> upload;
        long started;
        do {
            started = System.nanoTime();
            upload = upload(dan, campaign, file);
        } while (upload.statusCode() != 202 && System.nanoTime() < deadline && pause());
        Platform.require(202, upload, "uploading the dedicated file");
        String status = URI.create(upload.headers().firstValue("Location").orElseThrow()).getPath();
        JsonNode state;
        do {
            Thread.sleep(50);
            state = Platform.json(platform.send("GET", status, dan, null).body());
        } while (!isFinal(state.path("status").asString()) && System.nanoTime() < deadline);
        double seconds = FeedLoad.round((System.nanoTime() - started) / 1e9);
        return new Result(rows, themes, file.length / 1024, seconds, state.path("status").asString(),
                state.path("rowsValid").asInt(), state.path("candidaturesCreated").asInt(),
                state.path("report").valueStream().limit(3).map(JsonNode::toString).toList());
    }

    private static boolean pause() throws InterruptedException {
        Thread.sleep(200);
        return true;
    }

    private static boolean isFinal(String status) {
        return status.equals("ACCEPTED") || status.equals("REJECTED");
    }

    private HttpResponse<String> upload(String dan, String campaign, byte[] file) throws Exception {
        String boundary = "bench-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"lyon.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(platform.gateway().resolve("/api/candidatures/imports?campaignId=" + campaign))
                .timeout(Duration.ofSeconds(60)).header("Authorization", dan)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The file as a spreadsheet exports it: {@code ;}-separated, every cell quoted, the same group on every row. */
    private static byte[] csv(int rows, int themes) {
        StringBuilder csv = new StringBuilder(rows * 420);
        csv.append(line(COLUMNS));
        for (int i = 0; i < rows; i++) {
            csv.append(line(List.of("fichier-" + i % themes, "APPLICATION", "Projet " + i,
                    "Les élèves du projet " + i + " réécrivent un texte produit par une IA.", "Lettres; Philosophie",
                    "SECOND_DEGRE", "2.3; 3.1", "Hélène Robert", "helene.robert@ac-lyon.fr", "IA_IPR",
                    "Paul Martin <paul.martin@ac-lyon.fr>; Inès Benali <ines.benali@ac-lyon.fr>; Marc Petit <marc.petit@ac-lyon.fr>",
                    "Sophie Durand", "sophie.durand@ac-lyon.fr", "Luc Moreau", "luc.moreau@ac-lyon.fr")));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String line(List<String> cells) {
        return cells.stream().map(cell -> "\"" + cell.replace("\"", "\"\"") + "\"").collect(Collectors.joining(";", "", "\r\n"));
    }
}
