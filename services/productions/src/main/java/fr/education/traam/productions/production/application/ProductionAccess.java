package fr.education.traam.productions.production.application;

import fr.education.traam.campaignview.Theme;
import fr.education.traam.contract.groups.GroupKind;
import fr.education.traam.contract.groups.MemberRole;
import fr.education.traam.contract.productions.ProductionType;
import fr.education.traam.contract.productions.ReviewStage;
import fr.education.traam.kit.security.Caller;
import fr.education.traam.kit.security.Role;
import fr.education.traam.productions.production.Authorship;
import fr.education.traam.productions.production.ProductionStatus;
import fr.education.traam.productions.team.TeamSeat;

import java.util.List;

/**
 * Who may do what with a production, from the caller's seats in the theme's groups (known by the identity their token
 * carries, ADR 24) and the theme's DNE experts (the campaign view). Authors are the members of the production's group,
 * and for the theme's synthesis only its DNE experts; the académie's piloting inspector reviews an academic group's
 * production first, a DNE expert of the theme validates nationally, publishes, and withdraws (as the piloting
 * inspector may for the académie's). Reading an unpublished production is for them, the theme's national group, the
 * académie's DAN and inspectors, and operators; a published one is anyone's.
 *
 * @param seats the caller's seats in active groups
 */
public record ProductionAccess(Caller caller, Authorship authorship, ProductionType type, Theme theme, List<TeamSeat> seats) {

    public ProductionAccess {
        seats = List.copyOf(seats);
    }

    public boolean author() {
        if (caller == null) {
            return false;
        }
        if (type == ProductionType.SYNTHESIS) {
            return leadsTheme() || sitsAs(authorship.groupId(), MemberRole.DNE_EXPERT);
        }
        return sitsIn(authorship.groupId()) || (authorship.national() && leadsTheme());
    }

    public boolean reviewerAt(ReviewStage stage) {
        return stage == ReviewStage.ACADEMIC ? academicReviewer() : nationalReviewer();
    }

    public boolean publisher() {
        return nationalReviewer();
    }

    public boolean withdrawer() {
        return nationalReviewer() || academicReviewer();
    }

    public boolean maySee(ProductionStatus status) {
        return status == ProductionStatus.PUBLISHED || followsItsWork();
    }

    /**
     * Whether the caller follows the production's work, and so reads its review (comments, versions and who saved
     * them) as well as the production: its authors, reviewers, the theme's national group, the académie's DAN and
     * inspectors, operators. Everyone else reads a published production, not how it came to be.
     */
    public boolean followsItsWork() {
        if (caller == null) {
            return false;
        }
        return caller.has(Role.OPERATOR) || author() || academicReviewer() || nationalReviewer() || sitsInNationalGroup()
                || ofTheAcademy();
    }

    /**
     * How a version, a submission, a declaration or a comment names who made it: the caller's member id — their seat
     * in the production's group, else in the theme's national group — or, for a DNE expert who leads the theme without
     * a seat, the expert id the campaign publishes. Never an address or a token subject: once the groups service
     * erases or pseudonymises the member, the id names nobody (docs/personal-data.md). A person has one member id in
     * every group, so a submission and a review by the same person carry the same signature.
     */
    public String signature() {
        return seats.stream().filter(s -> s.team().groupId().equals(authorship.groupId())).findFirst()
                .or(() -> seats.stream().filter(s -> s.team().kind() == GroupKind.NATIONAL && ofTheme(s)).findFirst())
                .map(s -> s.seat().memberId())
                .orElseGet(() -> {
                    if (caller != null && leadsTheme()) {
                        return caller.subject();
                    }
                    throw new IllegalStateException("only a member of the theme's groups or its expert signs production work");
                });
    }

    /** The role a reviewer gives their verdict in, as the comment keeps it. */
    public String reviewingRole(ReviewStage stage) {
        return stage == ReviewStage.ACADEMIC ? MemberRole.PILOTING_INSPECTOR.name() : MemberRole.DNE_EXPERT.name();
    }

    private boolean academicReviewer() {
        return caller != null && !authorship.national() && sitsAs(authorship.groupId(), MemberRole.PILOTING_INSPECTOR);
    }

    private boolean nationalReviewer() {
        return caller != null && (leadsTheme() || (caller.has(Role.DNE_EXPERT) && seats.stream().anyMatch(s ->
                s.team().kind() == GroupKind.NATIONAL && ofTheme(s) && s.seat().role() == MemberRole.DNE_EXPERT)));
    }

    private boolean leadsTheme() {
        return caller.has(Role.DNE_EXPERT) && theme != null && theme.ledBy(caller.subject());
    }

    private boolean sitsInNationalGroup() {
        return seats.stream().anyMatch(s -> s.team().kind() == GroupKind.NATIONAL && ofTheme(s));
    }

    private boolean ofTheAcademy() {
        return authorship.academy() != null && (caller.has(Role.DAN) || caller.has(Role.ACADEMIC_INSPECTOR))
                && caller.academyCode().filter(code -> code.equals(authorship.academy().code())).isPresent();
    }

    private boolean sitsIn(String groupId) {
        return seats.stream().anyMatch(s -> s.team().groupId().equals(groupId));
    }

    private boolean sitsAs(String groupId, MemberRole role) {
        return seats.stream().anyMatch(s -> s.team().groupId().equals(groupId) && s.seat().role() == role);
    }

    private boolean ofTheme(TeamSeat s) {
        return s.team().campaignId().equals(authorship.theme().campaignId()) && s.team().themeId().equals(authorship.theme().themeId());
    }
}
