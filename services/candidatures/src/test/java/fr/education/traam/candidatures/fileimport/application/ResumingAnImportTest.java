package fr.education.traam.candidatures.fileimport.application;

import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.campaignview.Campaigns;
import fr.education.traam.candidatures.candidature.Candidature;
import fr.education.traam.candidatures.candidature.CandidatureMother;
import fr.education.traam.candidatures.candidature.CandidatureStatus;
import fr.education.traam.candidatures.candidature.Candidatures;
import fr.education.traam.candidatures.candidature.Proposal;
import fr.education.traam.candidatures.candidature.Source;
import fr.education.traam.candidatures.candidature.application.SubmittingCandidatures;
import fr.education.traam.candidatures.fileimport.DedicatedFileImport;
import fr.education.traam.candidatures.fileimport.DedicatedFileImports;
import fr.education.traam.candidatures.fileimport.ImportId;
import fr.education.traam.candidatures.fileimport.ImportStatus;
import fr.education.traam.candidatures.fileimport.SpreadsheetFormat;
import fr.education.traam.candidatures.fileimport.ThemeProposal;
import fr.education.traam.reference.Academy;
import fr.education.traam.contract.candidatures.CandidatureKind;
import fr.education.traam.testkit.TraamInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static fr.education.traam.candidatures.candidature.CandidatureMother.AI_AND_WRITING;
import static fr.education.traam.candidatures.candidature.CandidatureMother.CLIMATE_YEAR_TWO;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import whose worker died while applying it (ADR 0010): its themes are stored, one of them already made its
 * candidature, and the sweep finishes the job without applying anything twice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TraamInfrastructure(database = "traam-candidatures-test")
class ResumingAnImportTest {

    @Autowired
    Campaigns campaigns;
    @Autowired
    DedicatedFileImports imports;
    @Autowired
    Candidatures candidatures;
    @Autowired
    SubmittingCandidatures submitting;
    @Autowired
    ProcessingDedicatedFiles processing;

    @Test
    void the_sweep_finishes_an_import_left_half_applied_and_applies_no_theme_twice() throws Exception {
        String campaignId = "campaign-" + UUID.randomUUID();
        campaigns.save(CandidatureMother.openCall(campaignId));
        Instant longAgo = Instant.now().minus(Duration.ofHours(1));
        ImportId id = ImportId.generate();
        DedicatedFileImport received = DedicatedFileImport.received(id, new CampaignId(campaignId),
                CandidatureMother.danOf(Academy.LYON), "lyon.csv", SpreadsheetFormat.CSV, 3, longAgo);
        imports.add(received);
        DedicatedFileImport validating = imports.save(received.validating(longAgo).read(3, 3, 0, longAgo), List.of());
        imports.save(validating.applying(2, longAgo), List.of());
        Proposal ai = new Proposal(null, List.of(CandidatureMother.project(), CandidatureMother.project()), CandidatureMother.team());
        imports.storeThemes(id, List.of(new ThemeProposal(AI_AND_WRITING, 2, ai),
                new ThemeProposal(CLIMATE_YEAR_TWO, 4, CandidatureMother.proposal(CandidatureKind.CONTINUATION))));
        // The worker submitted the first theme's candidature, then died before marking the theme applied.
        Candidature appliedBeforeTheCrash = submitting.submit(CandidatureMother.slot(CandidatureMother.openCall(campaignId),
                AI_AND_WRITING, Academy.LYON), CandidatureMother.danOf(Academy.LYON), ai, Source.dedicatedFile(id.value()));

        processing.resumeStale(Instant.now().minus(Duration.ofMinutes(1)));
        DedicatedFileImport done = awaitFinished(id);

        assertThat(done.status()).isEqualTo(ImportStatus.ACCEPTED);
        assertThat(done.counts().candidaturesCreated()).isEqualTo(2);
        assertThat(done.counts().candidaturesRevised()).isZero();
        List<Candidature> live = candidatures.list(new Candidatures.Filter(new CampaignId(campaignId), null, Academy.LYON, null));
        assertThat(live).extracting(c -> c.themeId().value() + " " + c.status())
                .containsExactlyInAnyOrder(AI_AND_WRITING.value() + " SUBMITTED", CLIMATE_YEAR_TWO.value() + " SUBMITTED");
        assertThat(live).filteredOn(c -> c.themeId().equals(AI_AND_WRITING)).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(appliedBeforeTheCrash.id());
            assertThat(c.version()).as("not revised again").isZero();
            assertThat(c.projects()).hasSize(2);
        });
        assertThat(live).allSatisfy(c -> assertThat(c.source()).isEqualTo(Source.dedicatedFile(id.value())));
        assertThat(imports.themes(id)).as("the stored rows are forgotten once applied").isEmpty();

        processing.resumeStale(Instant.now());
        assertThat(candidatures.list(new Candidatures.Filter(new CampaignId(campaignId), null, Academy.LYON, CandidatureStatus.SUBMITTED)))
                .hasSize(2);
    }

    /** Polls the import; the deadline only keeps a broken build from hanging. */
    private DedicatedFileImport awaitFinished(ImportId id) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (true) {
            DedicatedFileImport current = imports.find(id).orElseThrow();
            if (!current.status().running() || Instant.now().isAfter(deadline)) {
                return current;
            }
            Thread.sleep(50);
        }
    }
}
