package fr.education.traam.candidatures.fileimport.application;

import fr.education.traam.campaignview.Campaign;
import fr.education.traam.campaignview.Campaigns;
import fr.education.traam.campaignview.ThemeId;
import fr.education.traam.candidatures.candidature.AcademyDelegate;
import fr.education.traam.candidatures.candidature.Candidature;
import fr.education.traam.candidatures.candidature.CandidatureStatus;
import fr.education.traam.candidatures.candidature.Candidatures;
import fr.education.traam.candidatures.candidature.Slot;
import fr.education.traam.candidatures.candidature.Source;
import fr.education.traam.candidatures.candidature.application.CandidaturesProperties;
import fr.education.traam.candidatures.candidature.application.SubmittingCandidatures;
import fr.education.traam.candidatures.fileimport.DedicatedFile;
import fr.education.traam.candidatures.fileimport.DedicatedFileHeader;
import fr.education.traam.candidatures.fileimport.DedicatedFileImport;
import fr.education.traam.candidatures.fileimport.DedicatedFileImports;
import fr.education.traam.candidatures.fileimport.DedicatedFileReader;
import fr.education.traam.candidatures.fileimport.FiledTheme;
import fr.education.traam.candidatures.fileimport.ImportId;
import fr.education.traam.candidatures.fileimport.ImportStatus;
import fr.education.traam.candidatures.fileimport.RowProblem;
import fr.education.traam.candidatures.fileimport.RowRules;
import fr.education.traam.candidatures.fileimport.SheetRow;
import fr.education.traam.candidatures.fileimport.ThemeProposal;
import fr.education.traam.candidatures.fileimport.UnreadableFile;
import fr.education.traam.candidatures.fileimport.ValidationReport;
import fr.education.traam.kit.domain.ExpectedVersion;
import fr.education.traam.reference.people.ProfessionalDomains;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Takes a received import to its end in the background: validates every row against the campaign and the
 * candidature's rules, and either rejects the file whole or stores its themes and applies them. Applying is
 * resumable and idempotent (ADR 0010): a theme whose candidature already carries this import is not applied
 * again, and a sweep takes over imports whose worker died.
 */
@Service
public class ProcessingDedicatedFiles {

    private static final Logger log = LoggerFactory.getLogger(ProcessingDedicatedFiles.class);

    private final DedicatedFileImports imports;
    private final DedicatedFileReader reader;
    private final Campaigns campaigns;
    private final Candidatures candidatures;
    private final SubmittingCandidatures submitting;
    private final ProfessionalDomains domains;
    private final DedicatedFileProperties properties;
    private final TaskExecutor workers;
    private final Clock clock;
    private final Set<ImportId> inProgress = ConcurrentHashMap.newKeySet();

    public ProcessingDedicatedFiles(DedicatedFileImports imports, DedicatedFileReader reader, Campaigns campaigns,
                                    Candidatures candidatures, SubmittingCandidatures submitting,
                                    CandidaturesProperties candidaturesProperties, DedicatedFileProperties properties,
                                    @Qualifier(WorkersConfiguration.NAME) TaskExecutor workers, Clock clock) {
        this.imports = imports;
        this.reader = reader;
        this.campaigns = campaigns;
        this.candidatures = candidatures;
        this.submitting = submitting;
        this.domains = candidaturesProperties.professionalDomains();
        this.properties = properties;
        this.workers = workers;
        this.clock = clock;
    }

    /** Where a received file waits for its validation. */
    Path fileOf(ImportId id) {
        return properties.directory().resolve(id.value() + ".upload");
    }

    /** Hands the import to a worker, unless this instance already works on it or every worker and queue place is taken. */
    void start(ImportId id) {
        if (!inProgress.add(id)) {
            return;
        }
        try {
            workers.execute(() -> {
                try {
                    process(id);
                } finally {
                    inProgress.remove(id);
                }
            });
        } catch (TaskRejectedException busy) {
            inProgress.remove(id);
            log.info("import {} waits for the sweep: every worker is busy", id);
        }
    }

    /** Takes over running imports nobody touched for a while: their worker died with its instance, or never started. */
    @Scheduled(fixedDelayString = "${traam.candidatures.dedicated-file.sweep-interval:30s}", initialDelayString = "10s")
    void sweep() {
        resumeStale(clock.instant().minus(properties.staleAfter()));
    }

    /** Starts every running import not touched since {@code before}. */
    public void resumeStale(Instant before) {
        imports.stale(before).forEach(stale -> start(stale.id()));
    }

    void process(ImportId id) {
        try {
            Optional<DedicatedFileImport> found = imports.find(id);
            if (found.isEmpty()) {
                return;
            }
            DedicatedFileImport current = found.get();
            if (current.status() == ImportStatus.RECEIVED || current.status() == ImportStatus.VALIDATING) {
                current = validate(current);
            }
            if (current.status() == ImportStatus.APPLYING) {
                apply(current);
            }
        } catch (RuntimeException e) {
            log.warn("import {} stopped; the sweep resumes it after {}", id, properties.staleAfter(), e);
        }
    }

    private DedicatedFileImport validate(DedicatedFileImport received) {
        Path file = fileOf(received.id());
        ValidationReport report = new ValidationReport(properties.reportLimit());
        if (!Files.exists(file)) {
            report.add(RowProblem.file("the service restarted before the file was validated: upload it again"));
            return save(received.validating(now()).rejected(report, now()));
        }
        Optional<Campaign> campaign = campaigns.find(received.campaignId()).filter(Campaign::callOpen);
        if (campaign.isEmpty()) {
            report.add(RowProblem.file("the call of campaign " + received.campaignId() + " is no longer open"));
            return finish(file, save(received.validating(now()).rejected(report, now())));
        }
        Validation validation = new Validation(save(received.validating(now())), new RowRules(campaign.get(), domains), report);
        try {
            reader.read(file, received.format(), validation);
        } catch (UnreadableFile unreadable) {
            report.add(RowProblem.file(unreadable.getMessage()));
        }
        List<ThemeProposal> proposals = validation.file.proposals(report);
        DedicatedFileImport validated = save(validation.current.read(validation.read, validation.read - validation.invalid,
                validation.invalid, now()));
        if (!report.isEmpty()) {
            return finish(file, save(validated.rejected(report, now())));
        }
        imports.storeThemes(validated.id(), proposals);
        return finish(file, save(validated.applying(proposals.size(), now())));
    }

    private void apply(DedicatedFileImport applying) {
        DedicatedFileImport current = applying;
        AcademyDelegate delegate = current.delegate();
        Source source = Source.dedicatedFile(current.id().value());
        List<FiledTheme> themes = imports.themes(current.id());
        for (FiledTheme theme : themes) {
            if (theme.applied()) {
                continue;
            }
            ThemeProposal proposal = theme.proposal();
            Slot slot = new Slot(current.campaignId(), proposal.themeId(), current.academy());
            Optional<Candidature> live = candidatures.liveIn(slot);
            Candidature result;
            boolean created;
            if (live.isPresent() && live.get().source().equals(source)) {
                // applied before the previous worker died, not yet marked
                result = live.get();
                created = result.version() == 0;
            } else if (live.isPresent()) {
                // The file speaks for the académie as it stands when applied, whatever version a reader saw.
                result = submitting.revise(live.get().id(), ExpectedVersion.any(), delegate, proposal.proposal(), source);
                created = false;
            } else {
                result = submitting.submit(slot, delegate, proposal.proposal(), source);
                created = true;
            }
            imports.themeApplied(current.id(), proposal.themeId(), result.id(), created);
            current = save(current.themeApplied(now()));
        }
        Set<ThemeId> inFile = themes.stream().map(theme -> theme.proposal().themeId()).collect(Collectors.toSet());
        List<Candidature> previous = candidatures.list(new Candidatures.Filter(current.campaignId(), null, current.academy(),
                CandidatureStatus.SUBMITTED));
        for (Candidature candidature : previous) {
            if (candidature.source().dedicatedFile() && !candidature.source().equals(source) && !inFile.contains(candidature.themeId())) {
                submitting.withdraw(candidature.id(), ExpectedVersion.any(), delegate);
                current = save(current.withdrew(candidature.themeId().value(), now()));
            }
        }
        DedicatedFileImport.Accepted accepted = current.accepted(imports.themes(current.id()), now());
        imports.save(accepted.dedicatedFileImport(), List.of(accepted.event()));
        imports.dropThemes(current.id());
        log.info("import {} accepted: académie {} filed {} rows in {} themes for campaign {}", current.id(),
                current.academy().code(), current.counts().rowsValid(), themes.size(), current.campaignId());
    }

    private DedicatedFileImport save(DedicatedFileImport changed) {
        return imports.save(changed, List.of());
    }

    private static DedicatedFileImport finish(Path file, DedicatedFileImport done) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("could not delete {}", file, e);
        }
        return done;
    }

    private Instant now() {
        return clock.instant();
    }

    /** Reads the rows of the file into valid proposals and problems, saving progress now and then. */
    private final class Validation implements DedicatedFileReader.Visitor {

        private final RowRules rules;
        private final ValidationReport report;
        private final DedicatedFile file = new DedicatedFile();
        private DedicatedFileImport current;
        private DedicatedFileHeader header;
        private int read;
        private int invalid;

        Validation(DedicatedFileImport current, RowRules rules, ValidationReport report) {
            this.current = current;
            this.rules = rules;
            this.report = report;
        }

        @Override
        public boolean row(SheetRow row) {
            if (row.blank()) {
                return true;
            }
            if (header == null) {
                header = DedicatedFileHeader.read(row, report).orElse(null);
                return header != null;
            }
            read++;
            int before = report.total();
            rules.read(header.row(row), report).ifPresent(valid -> file.add(valid, report));
            if (report.total() > before) {
                invalid++;
            }
            if (read % properties.progressEvery() == 0) {
                current = save(current.read(read, read - invalid, invalid, now()));
            }
            return read < properties.maxRows();
        }
    }
}
