package fr.education.traam.dissemination.academyfeed.application;

import fr.education.traam.dissemination.academyfeed.AcademyEntries;
import fr.education.traam.dissemination.academyfeed.AcademyEntry;
import fr.education.traam.dissemination.academyfeed.AcademyFeedRefusal;
import fr.education.traam.dissemination.newsletter.application.DisseminationProperties;
import fr.education.traam.kit.domain.Refused;
import fr.education.traam.reference.Academy;
import org.springframework.stereotype.Service;

import java.util.List;

/**
 * Reading an académie's feed, which anyone may: its latest entries, the newest first, and the tombstones of its latest
 * withdrawn productions, so that a reader who had one of them drops it.
 */
@Service
public class ReadingAcademyFeeds {

    private final AcademyEntries entries;
    private final DisseminationProperties properties;

    public ReadingAcademyFeeds(AcademyEntries entries, DisseminationProperties properties) {
        this.entries = entries;
        this.properties = properties;
    }

    /** The feed of the académie with ministry code {@code code}, as many entries as a feed holds. */
    public Feed feed(String code) {
        Academy academy = Academy.byCode(code).orElseThrow(() -> new Refused(AcademyFeedRefusal.ACADEMY_NOT_FOUND, "no académie has the ministry code " + code));
        return new Feed(academy, entries.latest(academy.code(), properties.feedSize()),
                entries.withdrawn(academy.code(), properties.feedSize()));
    }

    public record Feed(Academy academy, List<AcademyEntry> latest, List<AcademyEntry> withdrawn) {

        public Feed {
            latest = List.copyOf(latest);
            withdrawn = List.copyOf(withdrawn);
        }
    }
}
