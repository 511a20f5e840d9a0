package fr.education.traam.candidatures.selection.web;

import fr.education.traam.campaignview.Campaigns;
import fr.education.traam.contract.campaigns.CampaignPhase;
import fr.education.traam.contract.campaigns.DneExpert;
import fr.education.traam.contract.campaigns.ThemeCycle;
import fr.education.traam.contract.campaigns.ThemeDetails;
import fr.education.traam.contract.campaigns.ThemeKind;
import fr.education.traam.kit.outbox.EventPublisher;
import fr.education.traam.testkit.TestInfrastructure;
import fr.education.traam.testkit.TraamInfrastructure;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static fr.education.traam.testkit.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The export on the real service: a campaign of two themes, Lyon and Grenoble applying to the first, Lyon selected in
 * draft, then published. The CSV and the XLSX say the same rows; a draft decision shows to the theme's expert only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TraamInfrastructure(database = "traam-candidatures-test")
class CandidatureExportApiTest {

    @LocalServerPort
    int port;
    @Autowired
    EventPublisher publisher;
    @Autowired
    Campaigns campaigns;

    private final String expert = TestInfrastructure.tokens().bearerWithRoles(List.of("DNE_EXPERT"), null, "expert-export");
    private final String otherExpert = TestInfrastructure.tokens().bearerWithRoles(List.of("DNE_EXPERT"), null, "expert-maths");
    private final String inspector = TestInfrastructure.tokens().bearerWithRoles(List.of("INSPECTOR_GENERAL"), null, "igesr");

    @Test
    void one_row_per_candidature_with_its_decision_once_it_may_be_read() throws Exception {
        SelectionJourney journey = new SelectionJourney(port, publisher, campaigns);
        String theme = "export-" + UUID.randomUUID();
        String campaignId = journey.campaignWithOpenCall(List.of(new ThemeDetails(theme, "IA et écriture", "", ThemeKind.INTERDISCIPLINARY,
                List.of("Lettres"), List.of(new DneExpert("expert-export", "Claire Martin")), 6, ThemeCycle.FIRST_YEAR, null)));
        journey.apply(campaignId, theme, "10", null);
        journey.apply(campaignId, theme, "08", null);
        journey.advance(campaignId, CampaignPhase.CALL_OPEN, CampaignPhase.NATIONAL_SELECTION);
        String selection = "/api/candidatures/selections/" + campaignId + "/" + theme;
        assertThat(journey.decide(selection, expert, "10", "SELECTED").statusCode()).isEqualTo(200);
        String export = "/api/candidatures/exports?campaignId=" + campaignId;

        HttpResponse<String> draft = journey.send("GET", export + "&format=csv", expert, null);
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(200);
        assertThat(draft.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(draft.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("attachment"));
        List<String> lines = draft.body().replace("\uFEFF", "").lines().toList();
        assertThat(lines.get(0)).isEqualTo("academy_code;academy;theme_id;theme;projects;team_size;state;decision;rationale;published");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("08;Grenoble;" + theme + ";IA et écriture;").endsWith(";no");
        assertThat(lines.get(2)).startsWith("10;Lyon;" + theme).contains(";SELECTED;Équipe solide et usages déjà éprouvés en classe;no");

        String hidden = journey.send("GET", export, otherExpert, null).body().replace("\uFEFF", "").lines().toList().get(2);
        assertThat(hidden).as("another theme's expert does not read a draft decision").doesNotContain("SELECTED").endsWith(";;;no");

        assertThat(journey.send("POST", selection + "/publication", expert, null).statusCode()).isEqualTo(200);
        List<String> published = journey.send("GET", export, inspector, null).body().replace("\uFEFF", "").lines().toList();
        assertThat(published.get(1)).contains(";NOT_RETAINED;").endsWith(";yes");
        assertThat(published.get(2)).contains(";SELECTED;").endsWith(";yes");

        HttpResponse<byte[]> xlsx = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + export + "&format=xlsx")).header("Authorization", inspector).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("academy_code");
            assertThat(workbook.getSheetAt(0).getRow(2).getCell(7).getStringCellValue()).isEqualTo("SELECTED");
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(2);
        }

        assertProblem(journey.send("GET", export, TestInfrastructure.tokens().bearer("DAN", "10"), null), 403, "forbidden");
        assertProblem(journey.send("GET", export + "&format=pdf", expert, null), 400, "invalid-request");
        assertProblem(journey.send("GET", "/api/candidatures/exports?campaignId=campaign-" + UUID.randomUUID(), expert, null),
                404, "campaign-not-found");
    }
}
