package fr.education.traam.candidatures.candidature;

import fr.education.traam.campaignview.Campaign;
import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.campaignview.Theme;
import fr.education.traam.campaignview.ThemeId;
import fr.education.traam.contract.TraamEvent;
import fr.education.traam.contract.candidatures.CandidatureKind;
import fr.education.traam.contract.candidatures.CandidatureRevised;
import fr.education.traam.contract.candidatures.CandidatureSubmitted;
import fr.education.traam.contract.candidatures.CandidatureWithdrawn;
import fr.education.traam.contract.candidatures.ProjectDetails;
import fr.education.traam.kit.domain.Refused;
import fr.education.traam.reference.Academy;
import fr.education.traam.reference.people.ProfessionalDomains;

import java.util.List;

/**
 * An académie's candidature to a theme of a campaign: one or more projects and the one team that will carry
 * them. Its DAN submits, revises and withdraws it while the
 * campaign's call is open, for their own académie only; each method checks this, then the current state,
 * and returns the new state with the events the change caused. The form and the dedicated file both go
 * through these methods, telling them apart by {@link Source}. {@code delegateEmail} is the address of the DAN who
 * submitted it, from their token, where the outcome of the national selection is mailed; null when the token had none.
 */
public record Candidature(
        CandidatureId id,
        CampaignId campaignId,
        ThemeId themeId,
        Academy academy,
        CandidatureKind kind,
        List<Project> projects,
        Team team,
        Source source,
        CandidatureStatus status,
        String delegateEmail,
        long version) {

    public Candidature {
        projects = List.copyOf(projects);
    }

    /**
     * A new candidature for {@code slot}, which must be of the delegate's académie and of {@code campaign};
     * whether the slot is free is for {@link Candidatures} to say.
     */
    public static Changed submit(CandidatureId id, Campaign campaign, Slot slot, AcademyDelegate delegate,
                                 Proposal proposal, Source source, ProfessionalDomains domains) {
        if (!slot.campaignId().equals(campaign.id())) {
            throw new IllegalArgumentException("slot " + slot + " is not in campaign " + campaign.id());
        }
        delegate.requireActsFor(slot.academy());
        Theme theme = campaign.requireTheme(slot.themeId());
        requireCallOpen(campaign);
        CandidatureKind kind = kindFor(theme, proposal.kind());
        proposal.team().requireProfessional(domains);
        Candidature candidature = new Candidature(id, slot.campaignId(), slot.themeId(), slot.academy(), kind,
                proposal.projects(), proposal.team(), source, CandidatureStatus.SUBMITTED, delegate.email(), 0);
        return new Changed(candidature, List.of(new CandidatureSubmitted(id.value(), slot.campaignId().value(),
                slot.themeId().value(), slot.academy().details(), kind, source.channel(), source.importId(),
                contract(proposal.projects()), delegate.subject())));
    }

    /** Replaces the proposal, and the source when a new dedicated file or the form takes over; nothing when nothing changed. */
    public Changed revise(Campaign campaign, AcademyDelegate delegate, Proposal proposal, Source newSource,
                          ProfessionalDomains domains) {
        requireHeldBy(delegate);
        requireLive();
        requireCallOpen(campaign);
        Theme theme = campaign.theme(themeId).orElseThrow(() -> new Refused(CandidatureRefusal.THEME_WITHDRAWN, "theme " + themeId + " is no longer part of campaign " + campaignId));
        CandidatureKind newKind = kindFor(theme, proposal.kind());
        proposal.team().requireProfessional(domains);
        Candidature revised = new Candidature(id, campaignId, themeId, academy, newKind, proposal.projects(), proposal.team(),
                newSource, status, delegateEmail, version);
        if (revised.equals(this)) {
            return new Changed(this, List.of());
        }
        return new Changed(revised, List.of(new CandidatureRevised(id.value(), campaignId.value(), themeId.value(),
                academy.details(), newKind, newSource.channel(), newSource.importId(), contract(proposal.projects()),
                delegate.subject())));
    }

    public Changed withdraw(Campaign campaign, AcademyDelegate delegate) {
        requireHeldBy(delegate);
        requireLive();
        requireCallOpen(campaign);
        Candidature withdrawn = new Candidature(id, campaignId, themeId, academy, kind, projects, team, source,
                CandidatureStatus.WITHDRAWN, delegateEmail, version);
        return new Changed(withdrawn, List.of(new CandidatureWithdrawn(id.value(), campaignId.value(), themeId.value(),
                academy.details(), delegate.subject())));
    }

    /** This candidature as stored anew, at {@code newVersion}. */
    public Candidature atVersion(long newVersion) {
        return new Candidature(id, campaignId, themeId, academy, kind, projects, team, source, status, delegateEmail, newVersion);
    }

    public Slot slot() {
        return new Slot(campaignId, themeId, academy);
    }

    public boolean live() {
        return status == CandidatureStatus.SUBMITTED;
    }

    /** Refuses a DAN of another académie: a candidature is its académie's business. */
    public void requireHeldBy(AcademyDelegate delegate) {
        delegate.requireActsFor(academy);
    }

    /**
     * A first-year theme takes applications; a second-year theme takes continuations (académies that worked on
     * it in year one) and new entries, and the candidature must say which.
     */
    public static CandidatureKind kindFor(Theme theme, CandidatureKind asked) {
        if (!theme.secondYear()) {
            if (asked != null && asked != CandidatureKind.APPLICATION) {
                throw Refused.invalid("kind", "theme " + theme.id() + " is a first-year theme: it takes APPLICATION only");
            }
            return CandidatureKind.APPLICATION;
        }
        if (asked == null || asked == CandidatureKind.APPLICATION) {
            throw Refused.invalid("kind", "theme " + theme.id() + " is a second-year theme: say CONTINUATION or NEW_ENTRY");
        }
        return asked;
    }

    private static List<ProjectDetails> contract(List<Project> projects) {
        return projects.stream().map(Project::toContract).toList();
    }

    private static void requireCallOpen(Campaign campaign) {
        if (!campaign.callOpen()) {
            throw new Refused(CandidatureRefusal.CALL_NOT_OPEN, "campaign " + campaign.id() + " is in " + campaign.phase()
                    + ": candidatures are submitted, revised and withdrawn while its call is open");
        }
    }

    private void requireLive() {
        if (!live()) {
            throw new Refused(CandidatureRefusal.CANDIDATURE_WITHDRAWN, "candidature " + id + " was withdrawn");
        }
    }


    /** A candidature after a change, with the events the change caused (none when nothing changed). */
    public record Changed(Candidature candidature, List<TraamEvent> events) {

        public Changed {
            events = List.copyOf(events);
        }
    }
}
