package fr.education.traam.candidatures.selection.persistence;

import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.campaignview.ThemeId;
import fr.education.traam.candidatures.candidature.CandidatureId;
import fr.education.traam.reference.Academy;
import fr.education.traam.candidatures.selection.Amendment;
import fr.education.traam.candidatures.selection.Decision;
import fr.education.traam.candidatures.selection.NationalSelection;
import fr.education.traam.candidatures.selection.SelectionId;
import fr.education.traam.candidatures.selection.SelectionStatus;
import fr.education.traam.contract.campaigns.ThemeCycle;
import fr.education.traam.contract.candidatures.CandidatureKind;
import fr.education.traam.contract.candidatures.SelectionDecision;
import fr.education.traam.contract.candidatures.YearOneCheck;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * The stored form of a theme's national selection, under its derived id: a second selection of the same theme
 * cannot be inserted. No personal data here: teams stay on the candidatures. The outbox sits beside these
 * fields, written by {@code AggregateWrites}.
 */
@Document(MongoNationalSelections.COLLECTION)
record SelectionDocument(
        @Id String id,
        long version,
        String campaignId,
        String themeId,
        String cycle,
        int capacity,
        String status,
        List<DecisionDocument> decisions,
        List<AmendmentDocument> amendments,
        String publishedBy,
        Instant publishedAt) {

    record DecisionDocument(String academy, String candidatureId, String kind, String decision, String rationale,
                            String yearOne, String decidedBy, Instant decidedAt) {
    }

    record AmendmentDocument(String academy, String from, String to, String rationale, String amendedBy, Instant amendedAt) {
    }

    static SelectionDocument of(NationalSelection s) {
        return new SelectionDocument(s.id().value(), s.version(), s.campaignId().value(), s.themeId().value(), s.cycle().name(),
                s.capacity(), s.status().name(),
                s.decisions().stream().map(d -> new DecisionDocument(d.academy().code(), d.candidatureId().value(),
                        d.kind().name(), d.decision().name(), d.rationale(), d.yearOne() == null ? null : d.yearOne().name(),
                        d.decidedBy(), d.decidedAt())).toList(),
                s.amendments().stream().map(a -> new AmendmentDocument(a.academy().code(), a.from().name(), a.to().name(),
                        a.rationale(), a.amendedBy(), a.amendedAt())).toList(),
                s.publishedBy(), s.publishedAt());
    }

    NationalSelection toSelection() {
        return new NationalSelection(new SelectionId(id), new CampaignId(campaignId), new ThemeId(themeId),
                ThemeCycle.valueOf(cycle), capacity, SelectionStatus.valueOf(status),
                (decisions == null ? List.<DecisionDocument>of() : decisions).stream().map(d -> new Decision(academy(d.academy()),
                        new CandidatureId(d.candidatureId()), CandidatureKind.valueOf(d.kind()), SelectionDecision.valueOf(d.decision()),
                        d.rationale(), d.yearOne() == null ? null : YearOneCheck.valueOf(d.yearOne()), d.decidedBy(), d.decidedAt())).toList(),
                (amendments == null ? List.<AmendmentDocument>of() : amendments).stream().map(a -> new Amendment(academy(a.academy()),
                        SelectionDecision.valueOf(a.from()), SelectionDecision.valueOf(a.to()), a.rationale(), a.amendedBy(),
                        a.amendedAt())).toList(),
                publishedBy, publishedAt, version);
    }

    private static Academy academy(String code) {
        return Academy.byCode(code).orElseThrow();
    }
}
