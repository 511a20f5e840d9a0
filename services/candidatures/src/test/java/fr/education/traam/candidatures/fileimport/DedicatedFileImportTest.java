package fr.education.traam.candidatures.fileimport;

import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.campaignview.ThemeId;
import fr.education.traam.candidatures.candidature.CandidatureId;
import fr.education.traam.candidatures.candidature.CandidatureMother;
import fr.education.traam.candidatures.candidature.Proposal;
import fr.education.traam.reference.Academy;
import fr.education.traam.contract.candidatures.AcademicSelectionFiled;
import fr.education.traam.kit.domain.Refused;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The import's states: received, validating, then rejected whole or applying, then accepted with its event. */
class DedicatedFileImportTest {

    private static final Instant NOW = Instant.parse("2027-05-10T08:00:00Z");

    private final DedicatedFileImport received = DedicatedFileImport.received(new ImportId("import-1"),
            new CampaignId("campaign-2027"), CandidatureMother.danOf(Academy.LYON), "lyon.csv", SpreadsheetFormat.CSV, 4, NOW);

    @Test
    void progress_runs_through_validation_then_applying() {
        DedicatedFileImport validating = received.validating(NOW).read(2, 2, 0, NOW);
        DedicatedFileImport applying = validating.read(4, 4, 0, NOW).applying(2, NOW);

        assertThat(received.progress()).isZero();
        assertThat(validating.progress()).isEqualTo(25);
        assertThat(applying.progress()).isEqualTo(50);
        assertThat(applying.themeApplied(NOW).progress()).isEqualTo(75);
    }

    @Test
    void a_rejected_import_keeps_its_report_and_cannot_be_applied() {
        ValidationReport report = new ValidationReport(10);
        report.add(RowProblem.cell(3, DedicatedFileColumn.INSPECTOR_EMAIL, "required"));

        DedicatedFileImport rejected = received.validating(NOW).rejected(report, NOW);

        assertThat(rejected.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(rejected.report()).containsExactly(new RowProblem(3, "inspector_email", "required"));
        assertThat(rejected.progress()).isEqualTo(100);
        assertThatThrownBy(() -> rejected.applying(1, NOW)).isInstanceOfSatisfying(Refused.class,
                problem -> assertThat(problem.refusal()).isEqualTo(DedicatedFileRefusal.IMPORT_FINISHED));
    }

    @Test
    void acceptance_counts_the_stored_themes_and_tells_the_selection_filed() {
        DedicatedFileImport applying = received.validating(NOW).read(4, 4, 0, NOW).applying(2, NOW)
                .withdrew("ancien-theme", NOW);
        ThemeProposal ai = new ThemeProposal(CandidatureMother.AI_AND_WRITING, 2,
                new Proposal(null, List.of(CandidatureMother.project(), CandidatureMother.project()), CandidatureMother.team()));
        ThemeProposal climate = new ThemeProposal(new ThemeId("climat"), 4, CandidatureMother.proposal());

        DedicatedFileImport.Accepted accepted = applying.accepted(List.of(
                new FiledTheme(applying.id(), ai, new CandidatureId("c-1"), true),
                new FiledTheme(applying.id(), climate, new CandidatureId("c-2"), false)), NOW);

        assertThat(accepted.dedicatedFileImport().status()).isEqualTo(ImportStatus.ACCEPTED);
        assertThat(accepted.dedicatedFileImport().counts().candidaturesCreated()).isEqualTo(1);
        assertThat(accepted.dedicatedFileImport().counts().candidaturesRevised()).isEqualTo(1);
        assertThat(accepted.event()).isInstanceOfSatisfying(AcademicSelectionFiled.class, event -> {
            assertThat(event.themes()).containsExactly(new AcademicSelectionFiled.FiledTheme(ai.themeId().value(), "c-1", 2),
                    new AcademicSelectionFiled.FiledTheme("climat", "c-2", 1));
            assertThat(event.withdrawnThemeIds()).containsExactly("ancien-theme");
            assertThat(event.academy().code()).isEqualTo("10");
        });
    }
}
