package fr.education.traam.candidatures.fileimport.web;

import fr.education.traam.campaignview.Campaign;
import fr.education.traam.campaignview.Campaigns;
import fr.education.traam.candidatures.candidature.CandidatureMother;
import fr.education.traam.candidatures.candidature.Proposal;
import fr.education.traam.candidatures.fileimport.DedicatedFileColumn;
import fr.education.traam.candidatures.fileimport.DedicatedFileMother;
import fr.education.traam.contract.campaigns.CampaignCreated;
import fr.education.traam.contract.campaigns.CampaignPhase;
import fr.education.traam.contract.campaigns.DneExpert;
import fr.education.traam.contract.campaigns.ThemeCycle;
import fr.education.traam.contract.campaigns.ThemeDetails;
import fr.education.traam.contract.campaigns.ThemeKind;
import fr.education.traam.testkit.TestInfrastructure;
import fr.education.traam.testkit.TraamInfrastructure;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static fr.education.traam.candidatures.fileimport.web.ImportClient.JSON;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The load case: a file of 10,000 project rows imports whole. The rows spread over 100 themes, since one
 * candidature holds at most {@value Proposal#MAXIMUM_PROJECTS} projects. It logs how long it took; docs/api/candidatures.md
 * gives the time measured on the real service, this test asserts only that everything was applied.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TraamInfrastructure(database = "traam-candidatures-test")
class TenThousandRowsImportTest {

    private static final Logger log = LoggerFactory.getLogger(TenThousandRowsImportTest.class);
    private static final int ROWS = 10_000;
    private static final int THEMES = ROWS / Proposal.MAXIMUM_PROJECTS;

    @LocalServerPort
    int port;
    @Autowired
    Campaigns campaigns;

    @Test
    void a_file_of_ten_thousand_rows_is_applied_whole() throws Exception {
        String campaignId = "campaign-" + UUID.randomUUID();
        campaigns.save(openCampaignWithThemes(campaignId));
        List<Map<DedicatedFileColumn, String>> rows = new ArrayList<>(ROWS);
        for (int i = 0; i < ROWS; i++) {
            rows.add(DedicatedFileMother.row(theme(i % THEMES), "Projet " + i));
        }
        byte[] file = DedicatedFileMother.csv(rows);
        String lyon = TestInfrastructure.tokens().bearer("DAN", "10");
        ImportClient client = new ImportClient(port);

        long started = System.nanoTime();
        JsonNode done = client.importFile(lyon, campaignId, "lyon-10000.csv", file);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        log.info("{} rows ({} KiB of CSV) imported in {} ms", ROWS, file.length / 1024, took.toMillis());

        assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("ACCEPTED");
        assertThat(done.get("rowsValid").asInt()).isEqualTo(ROWS);
        assertThat(done.get("candidaturesCreated").asInt()).isEqualTo(THEMES);
        HttpResponse<String> listed = client.get("/api/candidatures?campaignId=" + campaignId, lyon);
        List<JsonNode> candidatures = JSON.readTree(listed.body()).valueStream().toList();
        assertThat(candidatures).hasSize(THEMES);
        assertThat(candidatures.stream().mapToInt(c -> c.get("projects").size()).sum()).isEqualTo(ROWS);
    }

    private static Campaign openCampaignWithThemes(String campaignId) {
        List<ThemeDetails> themes = IntStream.range(0, THEMES).mapToObj(i -> new ThemeDetails(theme(i), "Thème " + i,
                "Question " + i, ThemeKind.DISCIPLINARY, List.of("Lettres"), List.of(new DneExpert("expert-" + i, "Expert " + i)),
                6, ThemeCycle.FIRST_YEAR, null)).toList();
        Campaign draft = Campaign.createdBy("event-" + campaignId, new CampaignCreated(campaignId, "2027-2028", "TraAM 2027-2028",
                CandidatureMother.CALENDAR_2027, themes, "expert-0"));
        return new Campaign(draft.id(), draft.schoolYear(), draft.title(), draft.calendar(), CampaignPhase.CALL_OPEN,
                draft.themes(), draft.appliedEvents(), draft.version());
    }

    private static String theme(int i) {
        return "theme-%03d".formatted(i);
    }
}
