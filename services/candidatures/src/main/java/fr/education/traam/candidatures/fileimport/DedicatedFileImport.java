package fr.education.traam.candidatures.fileimport;

import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.candidatures.candidature.AcademyDelegate;
import fr.education.traam.contract.TraamEvent;
import fr.education.traam.contract.candidatures.AcademicSelectionFiled;
import fr.education.traam.kit.domain.Refused;
import fr.education.traam.kit.domain.UserText;
import fr.education.traam.reference.Academy;

import java.time.Instant;
import java.util.List;

/**
 * One upload of an académie's dedicated file for a campaign, from its receipt to the candidatures it leaves. Each
 * method checks the current status and returns the import as it now stands; acceptance also returns the event
 * that tells the platform the académie's selection is filed.
 *
 * @param report  the first problems found (see {@link ValidationReport}), empty unless rejected
 * @param problems every problem found, including those beyond the report
 * @param filedByEmail the address of the DAN who uploaded it, from their token, given to the candidatures it creates
 */
public record DedicatedFileImport(
        ImportId id,
        CampaignId campaignId,
        Academy academy,
        String filedBy,
        String filedByEmail,
        String fileName,
        SpreadsheetFormat format,
        ImportStatus status,
        ImportCounts counts,
        List<RowProblem> report,
        int problems,
        Instant receivedAt,
        Instant updatedAt,
        Instant finishedAt,
        long version) {

    /** The longest file name kept; a longer one is shortened, its extension kept. */
    public static final int MAX_FILE_NAME = 200;

    public DedicatedFileImport {
        report = List.copyOf(report);
    }

    /**
     * The import of a file as uploaded. Its name is shown to the DAN and the DNE again: only its last path segment is
     * kept (a browser may send a whole path, a hostile client {@code ../..}), without control characters, bounded.
     */
    public static DedicatedFileImport received(ImportId id, CampaignId campaignId, AcademyDelegate delegate, String fileName,
                                               SpreadsheetFormat format, int rows, Instant now) {
        return new DedicatedFileImport(id, campaignId, delegate.academy(), delegate.subject(), delegate.email(),
                UserText.fileName(fileName, MAX_FILE_NAME, "fichier-dedie." + format.name().toLowerCase()), format,
                ImportStatus.RECEIVED, ImportCounts.expecting(rows), List.of(), 0, now, now, null, 0);
    }

    /** Starts validating, or starts again when a worker died while validating. */
    public DedicatedFileImport validating(Instant now) {
        require(ImportStatus.RECEIVED, ImportStatus.VALIDATING);
        return with(ImportStatus.VALIDATING, counts.read(0, 0, 0), now);
    }

    public DedicatedFileImport read(int rowsRead, int rowsValid, int rowsInvalid, Instant now) {
        require(ImportStatus.VALIDATING);
        return with(status, counts.read(rowsRead, rowsValid, rowsInvalid), now);
    }

    /** Validation found problems: the file is refused whole, nothing changed. */
    public DedicatedFileImport rejected(ValidationReport found, Instant now) {
        require(ImportStatus.RECEIVED, ImportStatus.VALIDATING);
        return new DedicatedFileImport(id, campaignId, academy, filedBy, filedByEmail, fileName, format, ImportStatus.REJECTED, counts,
                found.entries(), found.total(), receivedAt, now, now, version);
    }

    /** Every row is valid and stored by theme: from now on the import only moves forward. */
    public DedicatedFileImport applying(int themes, Instant now) {
        require(ImportStatus.VALIDATING);
        return with(ImportStatus.APPLYING, counts.themes(themes), now);
    }

    public DedicatedFileImport themeApplied(Instant now) {
        require(ImportStatus.APPLYING);
        return with(status, counts.applied(), now);
    }

    public DedicatedFileImport withdrew(String themeId, Instant now) {
        require(ImportStatus.APPLYING);
        return with(status, counts.withdrew(themeId), now);
    }

    /**
     * Every theme is applied and the previous file's themes left out are withdrawn: the file is the académie's
     * selection. The counts of created and revised candidatures come from the stored themes, which record each
     * outcome in the same write that marks the theme applied, so a resumed import counts each theme once.
     */
    public Accepted accepted(List<FiledTheme> themes, Instant now) {
        require(ImportStatus.APPLYING);
        if (themes.stream().anyMatch(theme -> !theme.applied())) {
            throw new IllegalStateException("import " + id + " still has themes to apply");
        }
        int created = (int) themes.stream().filter(FiledTheme::created).count();
        DedicatedFileImport accepted = new DedicatedFileImport(id, campaignId, academy, filedBy, filedByEmail, fileName, format,
                ImportStatus.ACCEPTED, counts.settled(themes.size(), created, themes.size() - created), List.of(), 0,
                receivedAt, now, now, version);
        List<AcademicSelectionFiled.FiledTheme> filed = themes.stream().map(theme -> new AcademicSelectionFiled.FiledTheme(
                theme.proposal().themeId().value(), theme.appliedAs().value(), theme.proposal().rows())).toList();
        return new Accepted(accepted, new AcademicSelectionFiled(id.value(), campaignId.value(), academy.details(), filed,
                counts.withdrawnThemeIds(), counts.rowsValid(), filedBy));
    }

    /** The delegate who filed the file, acting for the académie while the import is applied. */
    public AcademyDelegate delegate() {
        return new AcademyDelegate(filedBy, academy, filedByEmail);
    }

    /**
     * From 0 to 100: validation is the first half, by rows read over the rows the first pass counted, applying the
     * second, by themes.
     */
    public int progress() {
        return switch (status) {
            case RECEIVED -> 0;
            case VALIDATING -> counts.rowsExpected() == 0 ? 0 : Math.min(50, 50 * counts.rowsRead() / counts.rowsExpected());
            case APPLYING -> counts.themes() == 0 ? 50 : 50 + Math.min(49, 50 * counts.themesApplied() / counts.themes());
            case ACCEPTED, REJECTED -> 100;
        };
    }

    public DedicatedFileImport atVersion(long newVersion) {
        return new DedicatedFileImport(id, campaignId, academy, filedBy, filedByEmail, fileName, format, status, counts, report, problems,
                receivedAt, updatedAt, finishedAt, newVersion);
    }

    private DedicatedFileImport with(ImportStatus newStatus, ImportCounts newCounts, Instant now) {
        return new DedicatedFileImport(id, campaignId, academy, filedBy, filedByEmail, fileName, format, newStatus, newCounts, report,
                problems, receivedAt, now, finishedAt, version);
    }

    private void require(ImportStatus... allowed) {
        for (ImportStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw new Refused(DedicatedFileRefusal.IMPORT_FINISHED, "import " + id + " is " + status);
    }

    /** The accepted import with the event its acceptance causes. */
    public record Accepted(DedicatedFileImport dedicatedFileImport, TraamEvent event) {
    }
}
