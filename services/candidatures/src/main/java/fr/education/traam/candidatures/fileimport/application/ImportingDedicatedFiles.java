package fr.education.traam.candidatures.fileimport.application;

import fr.education.traam.campaignview.Campaign;
import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.campaignview.Campaigns;
import fr.education.traam.candidatures.candidature.AcademyDelegate;
import fr.education.traam.candidatures.candidature.CandidatureRefusal;
import fr.education.traam.candidatures.candidature.application.AcademyDelegates;
import fr.education.traam.candidatures.fileimport.DedicatedFileImport;
import fr.education.traam.candidatures.fileimport.DedicatedFileImports;
import fr.education.traam.candidatures.fileimport.DedicatedFileReader;
import fr.education.traam.candidatures.fileimport.DedicatedFileRefusal;
import fr.education.traam.candidatures.fileimport.DedicatedFileScan;
import fr.education.traam.candidatures.fileimport.ImportId;
import fr.education.traam.candidatures.fileimport.ImportRunning;
import fr.education.traam.candidatures.fileimport.SpreadsheetFormat;
import fr.education.traam.candidatures.fileimport.UnreadableFile;
import fr.education.traam.candidatures.fileimport.ValidationReport;
import fr.education.traam.kit.domain.Refused;
import fr.education.traam.kit.security.Caller;
import fr.education.traam.kit.security.Role;
import fr.education.traam.reference.Academy;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;

/**
 * A DAN uploading the académie's dedicated file for a campaign. What can be known cheaply is checked while they
 * wait: the campaign and its call, the format, the header, the number of rows and hostile cells. A file that
 * passes is stored and its import handed to {@link ProcessingDedicatedFiles}; its values are checked there.
 */
@Service
public class ImportingDedicatedFiles {

    private final Campaigns campaigns;
    private final DedicatedFileImports imports;
    private final DedicatedFileReader reader;
    private final ProcessingDedicatedFiles processing;
    private final DedicatedFileProperties properties;
    private final Clock clock;

    public ImportingDedicatedFiles(Campaigns campaigns, DedicatedFileImports imports, DedicatedFileReader reader,
                                   ProcessingDedicatedFiles processing, DedicatedFileProperties properties, Clock clock) {
        this.campaigns = campaigns;
        this.imports = imports;
        this.reader = reader;
        this.processing = processing;
        this.properties = properties;
        this.clock = clock;
    }

    /** Receives the file; it is validated and applied in the background. */
    public DedicatedFileImport receive(CampaignId campaignId, Caller caller, String fileName, InputStream content) {
        AcademyDelegate delegate = AcademyDelegates.of(caller);
        Campaign campaign = campaigns.require(campaignId);
        if (!campaign.callOpen()) {
            throw new Refused(CandidatureRefusal.CALL_NOT_OPEN, "campaign " + campaignId + " is in "
                    + campaign.phase() + ": the dedicated file is imported while its call is open");
        }
        imports.running(campaignId, delegate.academy()).ifPresent(running -> {
            throw new ImportRunning(campaignId, delegate.academy(), running.id().value());
        });
        Path upload = store(content);
        try {
            SpreadsheetFormat format = reader.sniff(upload);
            DedicatedFileScan scan = new DedicatedFileScan(properties.maxRows(), new ValidationReport(properties.reportLimit()));
            reader.read(upload, format, scan);
            ValidationReport report = scan.finish();
            if (!report.isEmpty()) {
                throw UnreadableFile.refused(report);
            }
            DedicatedFileImport received = DedicatedFileImport.received(ImportId.generate(), campaignId, delegate,
                    fileName == null ? "" : fileName, format, scan.rows(), clock.instant());
            imports.add(received);
            Files.move(upload, processing.fileOf(received.id()), StandardCopyOption.ATOMIC_MOVE);
            processing.start(received.id());
            return received;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(upload);
        }
    }

    /** An import, for the DAN of its académie or a DNE expert. */
    public DedicatedFileImport read(Caller caller, ImportId id) {
        DedicatedFileImport found = imports.find(id).orElseThrow(() -> new Refused(DedicatedFileRefusal.IMPORT_NOT_FOUND, "no import " + id));
        if (caller.has(Role.DNE_EXPERT)) {
            return found;
        }
        Academy own = AcademyDelegates.of(caller).academy();
        if (own != found.academy()) {
            throw new Refused(CandidatureRefusal.OTHER_ACADEMY, "the DAN of académie " + own.code()
                    + " (" + own.label() + ") does not see the imports of académie " + found.academy().code()
                    + " (" + found.academy().label() + ")");
        }
        return found;
    }

    private Path store(InputStream content) {
        try {
            Files.createDirectories(properties.directory());
            Path upload = Files.createTempFile(properties.directory(), "upload-", ".part");
            try (content) {
                Files.copy(content, upload, StandardCopyOption.REPLACE_EXISTING);
            }
            return upload;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover in the upload directory is harmless; the file is not read again
        }
    }
}
