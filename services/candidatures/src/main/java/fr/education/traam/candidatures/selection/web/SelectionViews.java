package fr.education.traam.candidatures.selection.web;

import fr.education.traam.reference.Academy;
import fr.education.traam.candidatures.selection.Amendment;
import fr.education.traam.candidatures.selection.Applicant;
import fr.education.traam.candidatures.selection.Decision;
import fr.education.traam.candidatures.selection.NationalSelection;
import fr.education.traam.candidatures.selection.SelectionStatus;
import fr.education.traam.candidatures.selection.application.SelectionSheet;
import fr.education.traam.contract.campaigns.ThemeCycle;
import fr.education.traam.contract.candidatures.CandidatureKind;
import fr.education.traam.contract.candidatures.SelectionDecision;
import fr.education.traam.contract.candidatures.YearOneCheck;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** What the national selection API answers; never a team member's name or address. */
final class SelectionViews {

    private SelectionViews() {
    }

    @Schema(name = "PublishedSelection", description = "A published national selection, for anyone: académies and decisions, no personal data.")
    record PublishedSelectionView(String campaignId, String themeId, ThemeCycle cycle, int capacity, Instant publishedAt,
                                  List<SelectedView> selected, List<AcademyView> notRetained,
                                  List<PublicAmendmentView> amendments) {

        static PublishedSelectionView of(NationalSelection s) {
            return new PublishedSelectionView(s.campaignId().value(), s.themeId().value(), s.cycle(), s.capacity(), s.publishedAt(),
                    s.selected().stream().map(d -> new SelectedView(AcademyView.of(d.academy()), d.kind(), d.rationale())).toList(),
                    s.decisions().stream().filter(d -> !d.selected()).map(d -> AcademyView.of(d.academy())).toList(),
                    s.amendments().stream().map(a -> new PublicAmendmentView(AcademyView.of(a.academy()), a.from(), a.to(), a.amendedAt()))
                            .toList());
        }
    }

    @Schema(name = "SelectedAcademy")
    record SelectedView(AcademyView academy, CandidatureKind kind, String rationale) {
    }

    @Schema(name = "PublicAmendment", description = "A correction after publication; its rationale stays with the experts.")
    record PublicAmendmentView(AcademyView academy, SelectionDecision from, SelectionDecision to, Instant at) {
    }

    @Schema(name = "SelectionSheet", description = "The theme's experts' working view: every applicant with the decision recorded for it, if any.")
    record SheetView(String id, String campaignId, String themeId, ThemeCycle cycle, int capacity, SelectionStatus status,
                     int selectedCount, int continuations, List<ApplicantView> applicants, List<AmendmentView> amendments,
                     String publishedBy, Instant publishedAt, long version) {

        static SheetView of(SelectionSheet sheet) {
            NationalSelection s = sheet.selection();
            List<ApplicantView> applicants = sheet.applicants().stream()
                    .sorted(Comparator.comparing((Applicant a) -> a.academy().code()))
                    .map(a -> ApplicantView.of(a, s.decisionOf(a.academy()).orElse(null))).toList();
            return new SheetView(s.id().value(), s.campaignId().value(), s.themeId().value(), sheet.theme().cycle(),
                    sheet.theme().capacity(), s.status(), s.selected().size(), s.continuations(), applicants,
                    s.amendments().stream().map(AmendmentView::of).toList(), s.publishedBy(), s.publishedAt(), s.version());
        }
    }

    @Schema(name = "SelectionApplicant", description = "An académie with a live candidature; decision is absent while undecided.")
    record ApplicantView(AcademyView academy, String candidatureId, CandidatureKind kind, SelectionDecision decision,
                         String rationale, YearOneCheck yearOne, String decidedBy, Instant decidedAt) {

        static ApplicantView of(Applicant applicant, Decision decision) {
            return decision == null
                    ? new ApplicantView(AcademyView.of(applicant.academy()), applicant.candidatureId().value(), applicant.kind(),
                    null, null, null, null, null)
                    : new ApplicantView(AcademyView.of(applicant.academy()), applicant.candidatureId().value(), applicant.kind(),
                    decision.decision(), decision.rationale(), decision.yearOne(), decision.decidedBy(), decision.decidedAt());
        }
    }

    @Schema(name = "SelectionAmendment")
    record AmendmentView(AcademyView academy, SelectionDecision from, SelectionDecision to, String rationale, String amendedBy,
                         Instant amendedAt) {

        static AmendmentView of(Amendment a) {
            return new AmendmentView(AcademyView.of(a.academy()), a.from(), a.to(), a.rationale(), a.amendedBy(), a.amendedAt());
        }
    }

    @Schema(name = "SelectionAcademy")
    record AcademyView(String code, String name, String region) {

        static AcademyView of(Academy academy) {
            return new AcademyView(academy.code(), academy.label(), academy.region().label());
        }
    }
}
