package fr.education.traam.candidatures.fileimport.persistence;

import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.candidatures.fileimport.DedicatedFileImport;
import fr.education.traam.candidatures.fileimport.ImportCounts;
import fr.education.traam.candidatures.fileimport.ImportId;
import fr.education.traam.candidatures.fileimport.ImportStatus;
import fr.education.traam.candidatures.fileimport.RowProblem;
import fr.education.traam.candidatures.fileimport.SpreadsheetFormat;
import fr.education.traam.reference.Academy;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * The stored form of an import. {@code runningSlot} carries "one import at a time per campaign and académie"
 * into a unique index: a running import holds {@code campaign/académie}, a finished one a value of its own.
 */
@Document(MongoDedicatedFileImports.IMPORTS)
record ImportDocument(
        @Id String id,
        long version,
        String campaignId,
        String academy,
        String runningSlot,
        String filedBy,
        String filedByEmail,
        String fileName,
        String format,
        String status,
        CountsDocument counts,
        List<ProblemDocument> report,
        int problems,
        Instant receivedAt,
        Instant updatedAt,
        Instant finishedAt) {

    record CountsDocument(int rowsExpected, int rowsRead, int rowsValid, int rowsInvalid, int themes, int themesApplied,
                          int candidaturesCreated, int candidaturesRevised, int candidaturesWithdrawn,
                          List<String> withdrawnThemeIds) {
    }

    record ProblemDocument(int row, String column, String problem) {
    }

    static ImportDocument of(DedicatedFileImport i) {
        ImportCounts c = i.counts();
        return new ImportDocument(i.id().value(), i.version(), i.campaignId().value(), i.academy().code(), runningSlot(i),
                i.filedBy(), i.filedByEmail(), i.fileName(), i.format().name(), i.status().name(),
                new CountsDocument(c.rowsExpected(), c.rowsRead(), c.rowsValid(), c.rowsInvalid(), c.themes(), c.themesApplied(),
                        c.candidaturesCreated(), c.candidaturesRevised(), c.candidaturesWithdrawn(), c.withdrawnThemeIds()),
                i.report().stream().map(p -> new ProblemDocument(p.row(), p.column(), p.problem())).toList(), i.problems(),
                i.receivedAt(), i.updatedAt(), i.finishedAt());
    }

    static String runningSlot(CampaignId campaignId, Academy academy) {
        return campaignId.value() + "/" + academy.code();
    }

    private static String runningSlot(DedicatedFileImport i) {
        return i.status().running() ? runningSlot(i.campaignId(), i.academy()) : "finished/" + i.id().value();
    }

    DedicatedFileImport toImport() {
        return new DedicatedFileImport(new ImportId(id), new CampaignId(campaignId), Academy.byCode(academy).orElseThrow(),
                filedBy, filedByEmail, fileName, SpreadsheetFormat.valueOf(format), ImportStatus.valueOf(status),
                new ImportCounts(counts.rowsExpected(), counts.rowsRead(), counts.rowsValid(), counts.rowsInvalid(), counts.themes(),
                        counts.themesApplied(), counts.candidaturesCreated(), counts.candidaturesRevised(),
                        counts.candidaturesWithdrawn(), counts.withdrawnThemeIds() == null ? List.of() : counts.withdrawnThemeIds()),
                report == null ? List.of() : report.stream().map(p -> new RowProblem(p.row(), p.column(), p.problem())).toList(),
                problems, receivedAt, updatedAt, finishedAt, version);
    }
}
