package fr.education.traam.candidatures.candidature;

import fr.education.traam.contract.candidatures.CandidatureSource;
import fr.education.traam.kit.domain.Refused;

/**
 * How a candidature reached the platform: the DAN's form, or a row of the académie's dedicated file, named
 * by its import so that a new upload can find and replace what the previous one created.
 */
public record Source(CandidatureSource channel, String importId) {

    public static final Source FORM = new Source(CandidatureSource.FORM, null);

    public Source {
        if (channel == null) {
            throw Refused.invalid("source", "a candidature comes from the form or the dedicated file");
        }
        if (channel == CandidatureSource.DEDICATED_FILE && (importId == null || importId.isBlank())) {
            throw Refused.invalid("importId", "a candidature from the dedicated file names its import");
        }
        if (channel == CandidatureSource.FORM && importId != null) {
            throw Refused.invalid("importId", "a candidature from the form has no import");
        }
    }

    public static Source dedicatedFile(String importId) {
        return new Source(CandidatureSource.DEDICATED_FILE, importId);
    }

    public boolean dedicatedFile() {
        return channel == CandidatureSource.DEDICATED_FILE;
    }
}
