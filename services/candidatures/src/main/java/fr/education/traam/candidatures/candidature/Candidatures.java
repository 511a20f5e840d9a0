package fr.education.traam.candidatures.candidature;

import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.campaignview.ThemeId;
import fr.education.traam.reference.Academy;

import java.util.List;
import java.util.Optional;

/** All candidatures, wherever they are kept. */
public interface Candidatures {

    Optional<Candidature> find(CandidatureId id);

    /** The live (submitted, not withdrawn) candidature for {@code slot}, if any. */
    Optional<Candidature> liveIn(Slot slot);

    /** Candidatures matching every non-null criterion of {@code filter}, by académie then theme. */
    List<Candidature> list(Filter filter);

    /**
     * Stores a new candidature with the events of its submission, in one write. Fails with a
     * {@link CandidatureExists} when its slot already holds a live candidature, even one stored a moment ago
     * by a concurrent request.
     */
    void add(Candidature.Changed submitted);

    /**
     * Stores a change: the new state and its events, in one write. Fails if the candidature changed since it
     * was read at {@code candidature.version()}; does nothing when the change caused no event.
     *
     * @return the candidature as now stored, with its new version
     */
    Candidature save(Candidature.Changed change);

    /** Criteria of a listing; a null criterion does not filter. */
    record Filter(CampaignId campaignId, ThemeId themeId, Academy academy, CandidatureStatus status) {

        public static Filter all() {
            return new Filter(null, null, null, null);
        }
    }
}
