package fr.education.traam.candidatures.fileimport.web;

import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.campaignview.Campaigns;
import fr.education.traam.candidatures.candidature.Candidature;
import fr.education.traam.candidatures.candidature.CandidatureMother;
import fr.education.traam.candidatures.candidature.Candidatures;
import fr.education.traam.candidatures.candidature.web.CandidatureJson;
import fr.education.traam.candidatures.fileimport.DedicatedFileColumn;
import fr.education.traam.candidatures.fileimport.DedicatedFileImport;
import fr.education.traam.candidatures.fileimport.DedicatedFileImports;
import fr.education.traam.candidatures.fileimport.ImportId;
import fr.education.traam.candidatures.fileimport.SpreadsheetFormat;
import fr.education.traam.reference.Academy;
import fr.education.traam.contract.CloudEventHeaders;
import fr.education.traam.contract.EventCatalogue;
import fr.education.traam.contract.EventSchemas;
import fr.education.traam.contract.Topics;
import fr.education.traam.testkit.KafkaTopicProbe;
import fr.education.traam.testkit.TestInfrastructure;
import fr.education.traam.testkit.TraamInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static fr.education.traam.candidatures.fileimport.DedicatedFileColumn.DISCIPLINES;
import static fr.education.traam.candidatures.fileimport.DedicatedFileColumn.INSPECTOR_EMAIL;
import static fr.education.traam.candidatures.fileimport.DedicatedFileColumn.KIND;
import static fr.education.traam.candidatures.fileimport.DedicatedFileColumn.PROJECT_SUMMARY;
import static fr.education.traam.candidatures.fileimport.DedicatedFileColumn.PROJECT_TITLE;
import static fr.education.traam.candidatures.fileimport.DedicatedFileColumn.REFERENT_NAME;
import static fr.education.traam.candidatures.fileimport.DedicatedFileColumn.TEACHERS;
import static fr.education.traam.candidatures.fileimport.DedicatedFileMother.csv;
import static fr.education.traam.candidatures.fileimport.DedicatedFileMother.header;
import static fr.education.traam.candidatures.fileimport.DedicatedFileMother.row;
import static fr.education.traam.candidatures.fileimport.DedicatedFileMother.table;
import static fr.education.traam.candidatures.fileimport.DedicatedFileMother.with;
import static fr.education.traam.candidatures.fileimport.DedicatedFileMother.xlsx;
import static fr.education.traam.candidatures.fileimport.web.ImportClient.JSON;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dedicated file over real HTTP, with really signed tokens, a real broker and a real MongoDB server: a DAN
 * uploads the académie's file, the import validates it whole and applies it or changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TraamInfrastructure(database = "traam-candidatures-test")
class DedicatedFileImportApiTest {

    private static final String AI = CandidatureMother.AI_AND_WRITING.value();
    private static final String CLIMATE = CandidatureMother.CLIMATE_YEAR_TWO.value();

    @LocalServerPort
    int port;
    @Autowired
    Campaigns campaigns;
    @Autowired
    DedicatedFileImports imports;
    @Autowired
    Candidatures candidatures;

    private final String lyon = TestInfrastructure.tokens().bearer("DAN", "10");
    private final String grenoble = TestInfrastructure.tokens().bearer("DAN", "08");
    private final String expert = TestInfrastructure.tokens().bearer("DNE_EXPERT");
    private ImportClient client;
    private String campaignId;

    @BeforeEach
    void learnAnOpenCampaign() {
        client = new ImportClient(port);
        campaignId = "campaign-" + UUID.randomUUID();
        campaigns.save(CandidatureMother.openCall(campaignId));
    }

    @Test
    void a_csv_file_is_accepted_whole_and_its_rows_become_the_academie_s_candidatures() throws Exception {
        byte[] file = csv(List.of(
                row(AI, "Écrire avec l'IA au collège"),
                with(row(AI, "Écrire avec l'IA au lycée"), TEACHERS, "Zoé Roux <zoe.roux@ac-lyon.fr>; Paul Martin <paul.martin@ac-lyon.fr>"),
                with(row(CLIMATE, "Le climat en données"), KIND, "CONTINUATION")));

        JsonNode done = client.importFile(lyon, campaignId, "../../exports/lyon\u0007.csv", file);

        assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("ACCEPTED");
        assertThat(done.get("fileName").asString()).as("only the name of the upload is kept, cleaned").isEqualTo("lyon.csv");
        assertThat(done.get("format").asString()).isEqualTo("CSV");
        assertThat(done.get("progress").asInt()).isEqualTo(100);
        assertThat(done.get("rowsRead").asInt()).isEqualTo(3);
        assertThat(done.get("rowsValid").asInt()).isEqualTo(3);
        assertThat(done.get("candidaturesCreated").asInt()).isEqualTo(2);
        String importId = done.get("id").asString();

        List<JsonNode> candidatures = list(lyon);
        assertThat(candidatures).extracting(c -> c.get("themeId").asString()).containsExactlyInAnyOrder(AI, CLIMATE);
        assertThat(candidatures).allSatisfy(c -> {
            assertThat(c.get("source").asString()).isEqualTo("DEDICATED_FILE");
            assertThat(c.get("importId").asString()).isEqualTo(importId);
        });
        JsonNode ai = candidatures.stream().filter(c -> c.get("themeId").asString().equals(AI)).findFirst().orElseThrow();
        assertThat(ai.get("projects").valueStream().map(p -> p.get("title").asString()))
                .containsExactly("Écrire avec l'IA au collège", "Écrire avec l'IA au lycée");
        assertThat(ai.at("/team/teachers")).as("the teachers of both rows, once each").hasSize(4);

        try (KafkaTopicProbe topic = new KafkaTopicProbe(TestInfrastructure.bootstrapServers(), Topics.CANDIDATURES)) {
            ConsumerRecord<String, byte[]> filed = topic.awaitRecords(r -> importId.equals(r.key()), 1, Duration.ofSeconds(30)).get(0);
            assertThat(KafkaTopicProbe.header(filed, CloudEventHeaders.TYPE))
                    .isEqualTo("fr.education.traam.candidatures.academic-selection-filed.v1");
            assertThat(EventSchemas.violations(EventCatalogue.byType(KafkaTopicProbe.header(filed, CloudEventHeaders.TYPE))
                    .orElseThrow(), filed.value())).isEmpty();
            JsonNode event = JSON.readTree(filed.value());
            assertThat(event.get("rows").asInt()).isEqualTo(3);
            assertThat(event.get("themes").valueStream().map(t -> t.get("themeId").asString() + "=" + t.get("projects").asInt()))
                    .containsExactly(AI + "=2", CLIMATE + "=1");
            assertThat(KafkaTopicProbe.value(filed)).doesNotContain("@ac-lyon.fr");
        }
    }

    @Test
    void the_candidatures_a_file_creates_keep_the_address_of_the_dan_who_filed_it_for_their_outcome_mail() throws Exception {
        String dan = TestInfrastructure.tokens().bearerOfPerson(List.of("DAN"), "10", "dan-lyon", "Dan.Lyon@AC-Lyon.fr");

        JsonNode done = client.importFile(dan, campaignId, "lyon.csv", csv(List.of(row(AI, "Écrire avec l'IA au collège"))));

        assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("ACCEPTED");
        List<Candidature> created = candidatures.list(new Candidatures.Filter(new CampaignId(campaignId), null, null, null));
        assertThat(created).extracting(Candidature::delegateEmail).containsExactly("dan.lyon@ac-lyon.fr");
        assertThat(list(dan).toString()).as("the DAN's address is not shown").doesNotContain("dan.lyon@");
    }

    @Test
    void an_xlsx_file_takes_over_a_form_candidature_and_a_new_upload_replaces_the_previous_file() throws Exception {
        HttpResponse<String> form = send("POST", "/api/candidatures", lyon, CandidatureJson.submission(campaignId, AI));
        assertThat(form.statusCode()).as(form.body()).isEqualTo(201);
        String formId = JSON.readTree(form.body()).get("id").asString();

        JsonNode first = client.importFile(lyon, campaignId, "lyon.xlsx", xlsx(List.of(
                row(AI, "Projet A"), with(row(CLIMATE, "Projet climat"), KIND, "NEW_ENTRY"))));

        assertThat(first.get("status").asString()).as(first.toString()).isEqualTo("ACCEPTED");
        assertThat(first.get("format").asString()).isEqualTo("XLSX");
        assertThat(first.get("candidaturesCreated").asInt()).isEqualTo(1);
        assertThat(first.get("candidaturesRevised").asInt()).as("the form's candidature for the same theme").isEqualTo(1);
        assertThat(list(lyon)).filteredOn(c -> c.get("status").asString().equals("SUBMITTED"))
                .extracting(c -> c.get("id").asString()).contains(formId);

        JsonNode second = client.importFile(lyon, campaignId, "lyon-v2.csv", csv(List.of(row(AI, "Projet A, version 2"))));

        assertThat(second.get("status").asString()).as(second.toString()).isEqualTo("ACCEPTED");
        assertThat(second.get("candidaturesRevised").asInt()).isEqualTo(1);
        assertThat(second.get("candidaturesWithdrawn").asInt()).isEqualTo(1);
        assertThat(second.get("withdrawnThemeIds").valueStream().map(JsonNode::asString)).containsExactly(CLIMATE);
        List<JsonNode> after = list(lyon);
        assertThat(after).filteredOn(c -> c.get("themeId").asString().equals(CLIMATE))
                .singleElement().satisfies(c -> assertThat(c.get("status").asString()).isEqualTo("WITHDRAWN"));
        assertThat(after).filteredOn(c -> c.get("themeId").asString().equals(AI)).singleElement().satisfies(c -> {
            assertThat(c.get("id").asString()).isEqualTo(formId);
            assertThat(c.get("importId").asString()).isEqualTo(second.get("id").asString());
            assertThat(c.at("/projects/0/title").asString()).isEqualTo("Projet A, version 2");
        });
    }

    @Test
    void a_file_with_bad_cells_is_rejected_with_a_report_naming_row_and_column_and_nothing_changes() throws Exception {
        JsonNode accepted = client.importFile(lyon, campaignId, "lyon.csv", csv(List.of(row(AI, "Projet accepté"))));
        assertThat(accepted.get("status").asString()).isEqualTo("ACCEPTED");

        JsonNode rejected = client.importFile(lyon, campaignId, "lyon.csv", csv(List.of(
                row(AI, "Projet revu"),
                row("theme-inconnu", "Projet perdu"),
                with(row(CLIMATE, "Suite"), KIND, "CONTINUATION"),
                with(row(AI, "Projet B"), INSPECTOR_EMAIL, "helene.robert@gmail.com"),
                with(row(AI, "Projet C"), REFERENT_NAME, "Quelqu'un d'autre"))));

        assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.get("rowsRead").asInt()).isEqualTo(5);
        assertThat(rejected.get("rowsInvalid").asInt()).isEqualTo(3);
        assertThat(rejected.get("problems").asInt()).isEqualTo(3);
        assertThat(rejected.get("report").valueStream().map(p -> p.get("row").asInt() + " " + p.get("column").asString()))
                .containsExactlyInAnyOrder("3 theme_id", "5 inspector_email", "6 referent_name");
        assertThat(list(lyon)).as("nothing changed: not even the valid rows").singleElement().satisfies(c -> {
            assertThat(c.at("/projects/0/title").asString()).isEqualTo("Projet accepté");
            assertThat(c.get("importId").asString()).isEqualTo(accepted.get("id").asString());
        });
    }

    @Test
    void a_row_naming_an_unknown_discipline_is_refused_with_its_reason_and_aliases_are_imported_canonical() throws Exception {
        JsonNode rejected = client.importFile(lyon, campaignId, "lyon.csv", csv(List.of(
                with(row(AI, "Projet A"), DISCIPLINES, "svt; SVT"),
                with(row(AI, "Projet B"), DISCIPLINES, "Lettres; Astrologie"),
                with(row(CLIMATE, "Suite"), KIND, "CONTINUATION"))));

        assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.get("rowsInvalid").asInt()).as("the other rows are valid").isEqualTo(1);
        assertThat(rejected.get("report")).singleElement().satisfies(problem -> {
            assertThat(problem.get("row").asInt() + " " + problem.get("column").asString()).isEqualTo("3 disciplines");
            assertThat(problem.get("problem").asString()).contains("Astrologie").contains("/api/campaigns/disciplines")
                    .doesNotContain("Lettres");
        });
        assertThat(list(lyon)).as("the file imports whole or not at all (ADR 10)").isEmpty();

        JsonNode accepted = client.importFile(lyon, campaignId, "lyon.csv", csv(List.of(
                with(row(AI, "Projet A"), DISCIPLINES, "svt; SVT"))));

        assertThat(accepted.get("status").asString()).as(accepted.toString()).isEqualTo("ACCEPTED");
        assertThat(list(lyon)).singleElement().satisfies(c -> assertThat(c.at("/projects/0/disciplines").valueStream()
                .map(JsonNode::asString)).containsExactly("Sciences de la vie et de la Terre"));
    }

    @Test
    void hostile_files_are_refused_at_once_with_a_clear_problem_never_a_500() throws Exception {
        List<Map<DedicatedFileColumn, String>> good = List.of(row(AI, "Projet"));

        assertRefused(client.upload(lyon, campaignId, "lyon.csv", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1)),
                415, "not-a-spreadsheet");
        assertRefused(client.upload(lyon, campaignId, "lyon.png", new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0}),
                415, "not-a-spreadsheet");
        assertRefused(client.upload(lyon, campaignId, "lyon.xls", new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0}),
                415, "not-a-spreadsheet");
        assertRefused(client.upload(lyon, campaignId, "lyon.xlsx", zip("notes.txt", "pas un classeur")), 415, "not-a-spreadsheet");

        String latin1 = new String(csv(good), StandardCharsets.UTF_8);
        assertRefused(client.upload(lyon, campaignId, "lyon.csv", latin1.getBytes(StandardCharsets.ISO_8859_1)), 422, "not-utf-8");

        List<String> missing = new ArrayList<>(header());
        missing.remove("cardie_email");
        assertReport(client.upload(lyon, campaignId, "lyon.csv", csv(List.of(missing), ';')), "1 cardie_email");
        List<String> extra = new ArrayList<>(header());
        extra.add("budget");
        assertReport(client.upload(lyon, campaignId, "lyon.csv", csv(List.of(extra), ';')), "1 budget");
        List<String> twice = new ArrayList<>(header());
        twice.add("theme_id");
        assertReport(client.upload(lyon, campaignId, "lyon.csv", csv(List.of(twice), ',')), "1 theme_id");

        assertReport(client.upload(lyon, campaignId, "lyon.xlsx", xlsx(table(good), new int[]{1, 4})), "2 disciplines");
        assertReport(client.upload(lyon, campaignId, "lyon.csv", csv(List.of(with(row(AI, "=HYPERLINK(\"http://evil\")"),
                PROJECT_TITLE, "=HYPERLINK(\"http://evil\")")))), "2 project_title");
        assertReport(client.upload(lyon, campaignId, "lyon.csv", csv(List.of(with(row(AI, "Projet"), PROJECT_SUMMARY, "x".repeat(100_000))))),
                "2 project_summary");
        List<List<String>> wide = new ArrayList<>(table(good));
        List<String> longRow = new ArrayList<>(wide.get(1));
        longRow.add("une cellule de trop");
        wide.set(1, longRow);
        assertReport(client.upload(lyon, campaignId, "lyon.csv", csv(wide, ';')), "2 (column 16)");
        assertReport(client.upload(lyon, campaignId, "lyon.csv", new byte[0]), "0 null");
        assertReport(client.upload(lyon, campaignId, "lyon.csv", csv(List.of(header()), ';')), "0 null");
        assertRefused(client.upload(lyon, campaignId, "lyon.csv", (String.join(";", header()) + "\n\"ia-et-ecriture;APP")
                .getBytes(StandardCharsets.UTF_8)), 422, "malformed-csv");

        HttpResponse<String> broken = client.rawUpload(lyon, campaignId, "b", "--b\r\nContent-Disposition: form-data; name=\"file\"");
        assertRefused(broken, 400, "unreadable-request");
        HttpResponse<String> noFile = client.rawUpload(lyon, campaignId, "b",
                "--b\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--b--\r\n");
        assertRefused(noFile, 400, "invalid-request");
        assertThat(noFile.body()).as("names the missing part").contains("\"field\":\"file\"");

        byte[] huge = new byte[21 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        assertRefused(client.upload(lyon, campaignId, "lyon.csv", huge), 413, "content-too-large");

        assertThat(list(lyon)).as("nothing was imported").isEmpty();
    }

    @Test
    void the_template_downloads_in_both_formats_and_imports_as_it_is() throws Exception {
        for (String format : List.of("csv", "xlsx")) {
            HttpResponse<byte[]> template = client.download("/api/candidatures/imports/template?format=" + format);
            assertThat(template.statusCode()).isEqualTo(200);
            assertThat(template.headers().firstValue("Content-Disposition")).hasValueSatisfying(d ->
                    assertThat(d).startsWith("attachment").contains("traam-fichier-dedie." + format));

            JsonNode done = client.importFile(lyon, campaignId, "template." + format, template.body());

            assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("ACCEPTED");
            assertThat(done.get("format").asString()).isEqualTo(format.toUpperCase());
        }
        assertThat(list(lyon)).filteredOn(c -> c.get("status").asString().equals("SUBMITTED")).singleElement()
                .satisfies(c -> assertThat(c.get("themeId").asString()).isEqualTo(AI));
    }

    @Test
    void a_dan_follows_only_their_academie_s_imports_and_only_one_runs_at_a_time() throws Exception {
        JsonNode lyons = client.importFile(lyon, campaignId, "lyon.csv", csv(List.of(row(AI, "Projet"))));
        String path = "/api/candidatures/imports/" + lyons.get("id").asString();

        assertRefused(client.get(path, grenoble), 403, "other-academy");
        assertThat(client.get(path, expert).statusCode()).isEqualTo(200);
        assertRefused(client.get(path, null), 401, "unauthorized");
        assertRefused(client.upload(expert, campaignId, "lyon.csv", csv(List.of(row(AI, "Projet")))), 403, "forbidden");
        assertRefused(client.upload(lyon, "campaign-" + UUID.randomUUID(), "lyon.csv", csv(List.of(row(AI, "Projet")))),
                404, "campaign-not-found");

        imports.add(DedicatedFileImport.received(ImportId.generate(), new CampaignId(campaignId),
                CandidatureMother.danOf(Academy.LYON), "en-cours.csv", SpreadsheetFormat.CSV, 1, Instant.now()));
        assertRefused(client.upload(lyon, campaignId, "lyon.csv", csv(List.of(row(AI, "Projet")))), 409, "import-running");
        assertThat(client.upload(grenoble, campaignId, "grenoble.csv", csv(List.of(with(row(AI, "Projet"), TEACHERS,
                "Paul Martin <paul.martin@ac-grenoble.fr>; Inès Benali <ines.benali@ac-grenoble.fr>; Marc Petit <marc.petit@ac-grenoble.fr>"))))
                .statusCode()).as("another académie imports meanwhile").isEqualTo(202);
    }

    private List<JsonNode> list(String authorization) throws Exception {
        HttpResponse<String> response = client.get("/api/candidatures?campaignId=" + campaignId, authorization);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).valueStream().toList();
    }

    private HttpResponse<String> send(String method, String path, String authorization, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json")
                .header("Authorization", authorization).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertRefused(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(JSON.readTree(response.body()).get("type").asString()).as(response.body())
                .isEqualTo("https://traam.education.fr/problems/" + type);
    }

    /** A 422 whose report names {@code "row column"} (row 0 and column null for the whole file). */
    private static void assertReport(HttpResponse<String> response, String entry) {
        assertRefused(response, 422, "invalid-dedicated-file");
        assertThat(JSON.readTree(response.body()).get("report").valueStream()
                .map(p -> p.get("row").asInt() + " " + (p.hasNonNull("column") ? p.get("column").asString() : "null")))
                .as(response.body()).contains(entry);
    }

    private static byte[] zip(String name, String content) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
