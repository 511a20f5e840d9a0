package fr.education.traam.candidatures.fileimport;

import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.campaignview.ThemeId;
import fr.education.traam.candidatures.candidature.CandidatureId;
import fr.education.traam.reference.Academy;
import fr.education.traam.contract.TraamEvent;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The imports of dedicated files and the validated themes they are applying, wherever they are kept. */
public interface DedicatedFileImports {

    /** Stores a new import; fails with {@link ImportRunning} when one is running for the same campaign and académie. */
    void add(DedicatedFileImport received);

    Optional<DedicatedFileImport> find(ImportId id);

    /**
     * Stores a change of an import read at {@code changed.version()}, with the events it caused.
     *
     * @return the import as stored, with its new version
     */
    DedicatedFileImport save(DedicatedFileImport changed, List<? extends TraamEvent> events);

    /** Running imports not touched since {@code before}: their worker died or never started. */
    List<DedicatedFileImport> stale(Instant before);

    /** Stores the validated themes of an import, replacing any stored by an earlier interrupted attempt. */
    void storeThemes(ImportId id, List<ThemeProposal> themes);

    List<FiledTheme> themes(ImportId id);

    void themeApplied(ImportId id, ThemeId themeId, CandidatureId candidature, boolean created);

    /** Forgets the stored themes of a finished import: they hold the teams' personal data. */
    void dropThemes(ImportId id);

    /** For messages: the import running for the campaign and académie, if any. */
    Optional<DedicatedFileImport> running(CampaignId campaignId, Academy academy);
}
