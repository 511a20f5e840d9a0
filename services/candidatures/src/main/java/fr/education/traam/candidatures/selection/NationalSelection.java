package fr.education.traam.candidatures.selection;

import fr.education.traam.campaignview.Campaign;
import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.campaignview.Theme;
import fr.education.traam.campaignview.ThemeId;
import fr.education.traam.candidatures.candidature.Team;
import fr.education.traam.candidatures.candidature.TeamMember;
import fr.education.traam.contract.TraamEvent;
import fr.education.traam.contract.campaigns.CampaignPhase;
import fr.education.traam.contract.campaigns.ThemeCycle;
import fr.education.traam.contract.candidatures.AcademicTeam;
import fr.education.traam.contract.candidatures.AcademyNotRetained;
import fr.education.traam.contract.candidatures.AcademySelected;
import fr.education.traam.contract.candidatures.CandidatureKind;
import fr.education.traam.contract.candidatures.GroupMember;
import fr.education.traam.contract.candidatures.NationalSelectionAmended;
import fr.education.traam.contract.candidatures.NationalSelectionPublished;
import fr.education.traam.contract.candidatures.SelectedTeam;
import fr.education.traam.contract.candidatures.SelectedTeamsTransmitted;
import fr.education.traam.contract.candidatures.SelectionAmended;
import fr.education.traam.contract.candidatures.SelectionDecision;
import fr.education.traam.contract.candidatures.YearOneCheck;
import fr.education.traam.kit.domain.Refused;
import fr.education.traam.reference.Academy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The national selection of one theme of a campaign. During the campaign's national selection phase the theme's
 * DNE experts record a decision, with its rationale, for the académies that applied; publishing makes the
 * decisions final and announces each of them. After that only an explicit amendment changes a decision, and
 * every amendment is kept.
 *
 * <p>Draft decisions cause no event: they are the experts' working state, not yet anyone else's business. An
 * applicant left without a decision at publication is not retained (its event has no rationale), so the experts
 * need only record the académies they select, and the reasons they want to give for the others.
 *
 * <p>The selected teams (personal data) go to the groups service alone: the publication and each amendment end with
 * {@link SelectedTeamsTransmitted}, on a restricted topic, listing every team selected as the selection then stands;
 * no event of the public topic carries a team (ADR 22).
 */
public record NationalSelection(
        SelectionId id,
        CampaignId campaignId,
        ThemeId themeId,
        ThemeCycle cycle,
        int capacity,
        SelectionStatus status,
        List<Decision> decisions,
        List<Amendment> amendments,
        String publishedBy,
        Instant publishedAt,
        long version) {

    /** The version of a selection not yet stored. */
    public static final long NEW = -1;
    /** A second-year theme goes on only if at least this many of its first-year académies continue. */
    public static final int MINIMUM_CONTINUATIONS = 3;
    /** Amendments correct a published selection until the académies start work, in year one. */
    private static final Set<CampaignPhase> AMENDABLE = EnumSet.of(CampaignPhase.NATIONAL_SELECTION, CampaignPhase.LAUNCH_PREPARATION);

    public NationalSelection {
        decisions = decisions.stream().sorted(Comparator.comparing(d -> d.academy().code())).toList();
        amendments = List.copyOf(amendments);
    }

    /** The empty draft of a theme's selection, before its first decision. */
    public static NationalSelection begin(Campaign campaign, ThemeId themeId) {
        Theme theme = themeOf(campaign, themeId);
        return new NationalSelection(SelectionId.of(campaign.id(), themeId), campaign.id(), themeId, theme.cycle(),
                theme.capacity(), SelectionStatus.DRAFT, List.of(), List.of(), null, null, NEW);
    }

    /**
     * Records (or replaces) the draft decision for {@code academy}, which must have a live candidature among
     * {@code applicants}. Selecting checks the theme's places and, for a continuation, its first year.
     */
    public Changed decide(Campaign campaign, String expert, List<Applicant> applicants, Academy academy,
                          SelectionDecision decision, String rationale, FirstYearSelection firstYear, Instant at) {
        Theme theme = requireDeciding(campaign, expert);
        requireDraft();
        Applicant applicant = applicantOf(applicants, academy);
        String reason = requireRationale(rationale);
        YearOneCheck yearOne = null;
        if (decision == SelectionDecision.SELECTED) {
            requirePlaceFor(theme, applicant);
            yearOne = yearOneOf(theme, applicant, firstYear);
        }
        Decision recorded = new Decision(academy, applicant.candidatureId(), applicant.kind(), decision, reason, yearOne, expert, at);
        return new Changed(with(theme, SelectionStatus.DRAFT, replacing(recorded), amendments, null, null), List.of());
    }

    /** Takes back the draft decision for {@code academy}: it is undecided again. */
    public Changed retract(Campaign campaign, String expert, Academy academy) {
        Theme theme = requireDeciding(campaign, expert);
        requireDraft();
        decisionOf(academy).orElseThrow(() -> new Refused(SelectionRefusal.NO_DECISION, "no decision is recorded for académie " + academy.code() + " (" + academy.label() + ") on theme " + themeId));
        List<Decision> others = decisions.stream().filter(d -> d.academy() != academy).toList();
        return new Changed(with(theme, SelectionStatus.DRAFT, others, amendments, null, null), List.of());
    }

    /**
     * Makes the decisions final: every applicant is either selected or not retained, and each learns it by an
     * event, then the theme's summary closes the publication, and the selected teams go to the groups service
     * (revision 0). A second-year theme needs its minimum of continuing académies.
     */
    public Changed publish(Campaign campaign, String expert, List<Applicant> applicants, Instant at) {
        Theme theme = requireDeciding(campaign, expert);
        requireDraft();
        List<Decision> settled = new ArrayList<>();
        List<TraamEvent> events = new ArrayList<>();
        for (Applicant applicant : applicants.stream().sorted(Comparator.comparing(a -> a.academy().code())).toList()) {
            Decision decision = decisionOf(applicant.academy()).orElse(new Decision(applicant.academy(),
                    applicant.candidatureId(), applicant.kind(), SelectionDecision.NOT_RETAINED, null, null, expert, at));
            settled.add(decision);
            events.add(decision.selected() ? selectedEvent(applicant, decision) : notRetainedEvent(applicant, decision));
        }
        // A decision whose candidature is no longer live cannot stand: candidatures change only while the call is
        // open, so this guards against a view that changed under the experts rather than a normal case.
        if (settled.stream().filter(Decision::selected).count() != selected().size()) {
            throw new Refused(SelectionRefusal.SELECTION_OUT_OF_DATE, "a selected académie of theme " + themeId
                    + " no longer has a live candidature: review the decisions before publishing");
        }
        NationalSelection published = with(theme, SelectionStatus.PUBLISHED, settled, amendments, expert, at);
        published.requireContinuations(theme, published.continuations());
        events.add(new NationalSelectionPublished(id.value(), campaignId.value(), themeId.value(), theme.cycle(),
                theme.capacity(), published.codes(true), published.codes(false), published.selected().size(),
                settled.size() - published.selected().size(), published.continuations(), expert));
        events.add(published.teamsTransmitted(applicants));
        return new Changed(published, events);
    }

    /**
     * Corrects a published decision for {@code academy}, for a stated reason, until year one starts. The new
     * decision obeys the rules a draft one does, and the amendment is kept with the previous decision.
     */
    public Changed amend(Campaign campaign, String expert, List<Applicant> applicants, Academy academy,
                         SelectionDecision to, String rationale, FirstYearSelection firstYear, Instant at) {
        Theme theme = themeOf(campaign, themeId);
        requireExpertOf(theme, expert);
        if (status != SelectionStatus.PUBLISHED) {
            throw new Refused(SelectionRefusal.SELECTION_NOT_YET_PUBLISHED, "the selection of theme " + themeId
                    + " is not published yet: change its draft decisions instead of amending it");
        }
        if (!AMENDABLE.contains(campaign.phase())) {
            throw new Refused(SelectionRefusal.AMENDMENTS_CLOSED, "campaign " + campaignId + " is in " + campaign.phase()
                    + ": a published selection is amended until year one starts");
        }
        Applicant applicant = applicantOf(applicants, academy);
        String reason = requireRationale(rationale);
        SelectionDecision from = decisionOf(academy).map(Decision::decision).orElse(SelectionDecision.NOT_RETAINED);
        if (from == to) {
            throw new Refused(SelectionRefusal.NO_CHANGE, "académie " + academy.code() + " (" + academy.label() + ") is already " + to
                    + " for theme " + themeId);
        }
        YearOneCheck yearOne = null;
        if (to == SelectionDecision.SELECTED) {
            requirePlaceFor(theme, applicant);
            yearOne = yearOneOf(theme, applicant, firstYear);
        }
        Decision amended = new Decision(academy, applicant.candidatureId(), applicant.kind(), to, reason, yearOne, expert, at);
        List<Amendment> trail = new ArrayList<>(amendments);
        trail.add(new Amendment(academy, from, to, reason, expert, at));
        NationalSelection next = with(theme, status, replacing(amended), trail, publishedBy, publishedAt);
        if (to == SelectionDecision.NOT_RETAINED && applicant.kind() == CandidatureKind.CONTINUATION) {
            next.requireContinuations(theme, next.continuations());
        }
        // The audited amendment, then the public selection as it now stands, in this order on the selection's partition
        // (ADR 19); then the teams now selected for the groups service alone, on its restricted topic (ADR 22). One
        // amendment, all three in the same write, the last two with the same revision.
        SelectionAmended amendment = new SelectionAmended(id.value(), campaignId.value(), themeId.value(),
                academy.details(), applicant.candidatureId().value(), applicant.kind(), from, to, reason, yearOne, expert);
        NationalSelectionAmended forEveryone = new NationalSelectionAmended(id.value(), campaignId.value(), themeId.value(),
                theme.cycle(), theme.capacity(), next.revision(), academy.details(), from, to, next.codes(true),
                next.codes(false), next.continuations());
        return new Changed(next, List.of(amendment, forEveryone, next.teamsTransmitted(applicants)));
    }

    /** How many times the published selection was amended: 0 as published, then one more per amendment. */
    public int revision() {
        return amendments.size();
    }

    public Optional<Decision> decisionOf(Academy academy) {
        return decisions.stream().filter(d -> d.academy() == academy).findFirst();
    }

    /** The decisions that select, as they stand (amendments included), by académie code. */
    public List<Decision> selected() {
        return decisions.stream().filter(Decision::selected).toList();
    }

    public int continuations() {
        return (int) selected().stream().filter(Decision::continuation).count();
    }

    public boolean published() {
        return status == SelectionStatus.PUBLISHED;
    }

    /** Whether {@code subject} is one of the theme's experts, the only ones who decide. */

    private Theme requireDeciding(Campaign campaign, String expert) {
        Theme theme = themeOf(campaign, themeId);
        requireExpertOf(theme, expert);
        if (campaign.phase() != CampaignPhase.NATIONAL_SELECTION) {
            throw new Refused(SelectionRefusal.NOT_NATIONAL_SELECTION, "campaign " + campaignId + " is in " + campaign.phase()
                    + ": académies are selected during its national selection phase");
        }
        return theme;
    }

    private static Theme themeOf(Campaign campaign, ThemeId themeId) {
        return campaign.requireTheme(themeId);
    }

    /** The one check of who may act on a theme's selection, or see it before publication: its DNE experts. */
    public static void requireExpertOf(Theme theme, String expert) {
        if (!theme.ledBy(expert)) {
            throw new Refused(SelectionRefusal.NOT_THEME_EXPERT, "only the DNE experts of theme "
                    + theme.id() + " (" + theme.experts().stream().map(e -> e.id()).toList() + ") decide on its académies and see "
                    + "its selection before publication");
        }
    }

    private void requireDraft() {
        if (status == SelectionStatus.PUBLISHED) {
            throw new Refused(SelectionRefusal.SELECTION_PUBLISHED, "the selection of theme " + themeId + " was published on " + publishedAt
                    + ": its decisions are final, correct one with an amendment");
        }
    }

    private Applicant applicantOf(List<Applicant> applicants, Academy academy) {
        return applicants.stream().filter(a -> a.academy() == academy).findFirst().orElseThrow(() -> new Refused(
                SelectionRefusal.NO_LIVE_CANDIDATURE, "académie " + academy.code() + " (" + academy.label()
                        + ") has no live candidature for theme " + themeId + " of campaign " + campaignId));
    }

    private static String requireRationale(String rationale) {
        if (rationale == null || rationale.isBlank()) {
            throw Refused.invalid("rationale", "each decision states its rationale");
        }
        return rationale.strip();
    }

    /**
     * The theme retains at most {@code capacity} académies. In a second year, new entries only fill the places
     * the continuing académies leave: at least {@value #MINIMUM_CONTINUATIONS} places stay theirs.
     */
    private void requirePlaceFor(Theme theme, Applicant applicant) {
        List<Decision> others = selected().stream().filter(d -> d.academy() != applicant.academy()).toList();
        if (others.size() >= theme.capacity()) {
            throw new Refused(SelectionRefusal.CAPACITY_REACHED, "theme " + themeId + " retains at most " + theme.capacity()
                    + " académies and " + others.size() + " are already selected (" + codes(others)
                    + "): take back a decision before selecting académie " + applicant.academy().code());
        }
        if (theme.secondYear() && applicant.kind() == CandidatureKind.NEW_ENTRY) {
            long continuing = others.stream().filter(Decision::continuation).count();
            long newEntries = others.size() - continuing;
            long kept = Math.max(MINIMUM_CONTINUATIONS, continuing);
            if (newEntries + 1 > theme.capacity() - kept) {
                throw new Refused(SelectionRefusal.PLACES_KEPT_FOR_CONTINUATIONS, "second-year theme " + themeId + " keeps " + kept
                        + " of its " + theme.capacity() + " places for continuing académies: new entries fill the "
                        + (theme.capacity() - kept) + " others, and " + newEntries + " are already selected");
            }
        }
    }

    /**
     * A continuation carries on the académie's first year on the continued theme. When that first year's
     * selection is known here it must name the académie; when it is not (it predates the platform), the
     * experts' decision stands and says so.
     */
    private YearOneCheck yearOneOf(Theme theme, Applicant applicant, FirstYearSelection firstYear) {
        if (!theme.secondYear() || applicant.kind() != CandidatureKind.CONTINUATION) {
            return null;
        }
        if (!firstYear.known()) {
            return YearOneCheck.NOT_KNOWN_HERE;
        }
        if (!firstYear.selected().contains(applicant.academy())) {
            throw new Refused(SelectionRefusal.NOT_IN_YEAR_ONE, "académie "
                    + applicant.academy().code() + " (" + applicant.academy().label() + ") was not selected for theme "
                    + theme.continues() + ", which theme " + themeId + " continues: it may apply as a NEW_ENTRY");
        }
        return YearOneCheck.VERIFIED;
    }

    private void requireContinuations(Theme theme, int continuing) {
        if (theme.secondYear() && continuing < MINIMUM_CONTINUATIONS) {
            throw new Refused(SelectionRefusal.TOO_FEW_CONTINUATIONS, "second-year theme "
                    + themeId + " goes on only if at least " + MINIMUM_CONTINUATIONS
                    + " of its first-year académies continue; " + continuing + " would");
        }
    }

    private List<Decision> replacing(Decision decision) {
        List<Decision> updated = new ArrayList<>(decisions.stream().filter(d -> d.academy() != decision.academy()).toList());
        updated.add(decision);
        return updated;
    }

    private NationalSelection with(Theme theme, SelectionStatus newStatus, List<Decision> newDecisions,
                                   List<Amendment> newAmendments, String by, Instant at) {
        return new NationalSelection(id, campaignId, themeId, theme.cycle(), theme.capacity(), newStatus, newDecisions,
                newAmendments, by, at, version);
    }

    private List<String> codes(boolean selectedOnes) {
        return decisions.stream().filter(d -> d.selected() == selectedOnes).map(d -> d.academy().code()).toList();
    }

    private static String codes(List<Decision> decisions) {
        return String.join(", ", decisions.stream().map(d -> d.academy().code()).toList());
    }

    private AcademySelected selectedEvent(Applicant applicant, Decision decision) {
        return new AcademySelected(id.value(), campaignId.value(), themeId.value(), applicant.academy().details(),
                applicant.candidatureId().value(), applicant.kind(), decision.rationale(), decision.yearOne());
    }

    /**
     * The teams of every académie this selection retains, at its current revision, for the groups service. A selected
     * académie's team is its live candidature's: one no longer among {@code applicants} means the view changed under
     * the experts, as at publication.
     */
    private SelectedTeamsTransmitted teamsTransmitted(List<Applicant> applicants) {
        List<SelectedTeam> teams = selected().stream().map(decision -> {
            Applicant applicant = applicants.stream().filter(a -> a.academy() == decision.academy()).findFirst()
                    .orElseThrow(() -> new Refused(SelectionRefusal.SELECTION_OUT_OF_DATE, "selected académie "
                            + decision.academy().code() + " of theme " + themeId + " no longer has a live candidature"));
            return new SelectedTeam(applicant.academy().details(), applicant.candidatureId().value(), applicant.kind(),
                    teamOf(applicant.team()));
        }).toList();
        return new SelectedTeamsTransmitted(id.value(), campaignId.value(), themeId.value(), cycle, revision(), teams);
    }

    private AcademyNotRetained notRetainedEvent(Applicant applicant, Decision decision) {
        return new AcademyNotRetained(id.value(), campaignId.value(), themeId.value(), applicant.academy().details(),
                applicant.candidatureId().value(), applicant.kind(), decision.rationale());
    }

    /** What the groups service needs of a selected team, and nothing more. */
    private static AcademicTeam teamOf(Team team) {
        return new AcademicTeam(new GroupMember(team.inspector().name(), team.inspector().email().value()),
                team.inspector().corps().name(), team.teachers().stream().map(NationalSelection::memberOf).toList(),
                memberOf(team.referent()), memberOf(team.cardie()));
    }

    private static GroupMember memberOf(TeamMember member) {
        return new GroupMember(member.name(), member.email().value());
    }


    /** A selection after a change, with the events the change caused (none for draft decisions). */
    public record Changed(NationalSelection selection, List<TraamEvent> events) {

        public Changed {
            events = List.copyOf(events);
        }
    }
}
