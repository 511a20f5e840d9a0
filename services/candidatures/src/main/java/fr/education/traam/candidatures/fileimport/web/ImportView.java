package fr.education.traam.candidatures.fileimport.web;

import fr.education.traam.candidatures.fileimport.DedicatedFileImport;
import fr.education.traam.candidatures.fileimport.ImportCounts;
import fr.education.traam.candidatures.fileimport.ImportStatus;
import fr.education.traam.candidatures.fileimport.SpreadsheetFormat;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** An import as the API shows it: status, progress, counts and, when rejected, the report. */
@Schema(name = "DedicatedFileImport")
record ImportView(
        String id,
        String campaignId,
        AcademyView academy,
        String fileName,
        SpreadsheetFormat format,
        ImportStatus status,
        @Schema(description = "0 to 100: validation is the first half, applying the second") int progress,
        @Schema(description = "project rows counted when the file was received") int rowsExpected,
        int rowsRead,
        int rowsValid,
        int rowsInvalid,
        int themes,
        int themesApplied,
        int candidaturesCreated,
        int candidaturesRevised,
        int candidaturesWithdrawn,
        List<String> withdrawnThemeIds,
        @Schema(description = "the first problems found, by row (the header is row 1; 0 for the whole file) and column")
        List<ProblemView> report,
        @Schema(description = "every problem found, including those beyond the report") int problems,
        Instant receivedAt,
        Instant updatedAt,
        Instant finishedAt) {

    static ImportView of(DedicatedFileImport i) {
        ImportCounts c = i.counts();
        return new ImportView(i.id().value(), i.campaignId().value(), new AcademyView(i.academy().code(), i.academy().label()),
                i.fileName(), i.format(), i.status(), i.progress(), c.rowsExpected(), c.rowsRead(), c.rowsValid(),
                c.rowsInvalid(), c.themes(), c.themesApplied(), c.candidaturesCreated(), c.candidaturesRevised(),
                c.candidaturesWithdrawn(), c.withdrawnThemeIds(),
                i.report().stream().map(p -> new ProblemView(p.row(), p.column(), p.problem())).toList(), i.problems(),
                i.receivedAt(), i.updatedAt(), i.finishedAt());
    }

    @Schema(name = "ImportAcademy")
    record AcademyView(String code, String name) {
    }

    @Schema(name = "RowProblem")
    record ProblemView(int row, String column, String problem) {
    }
}
