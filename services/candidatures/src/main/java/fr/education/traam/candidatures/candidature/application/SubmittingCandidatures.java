package fr.education.traam.candidatures.candidature.application;

import fr.education.traam.campaignview.Campaign;
import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.campaignview.Campaigns;
import fr.education.traam.candidatures.candidature.AcademyDelegate;
import fr.education.traam.candidatures.candidature.Candidature;
import fr.education.traam.candidatures.candidature.CandidatureExists;
import fr.education.traam.candidatures.candidature.CandidatureId;
import fr.education.traam.candidatures.candidature.CandidatureNotFound;
import fr.education.traam.candidatures.candidature.Candidatures;
import fr.education.traam.candidatures.candidature.Proposal;
import fr.education.traam.candidatures.candidature.Slot;
import fr.education.traam.candidatures.candidature.Source;
import fr.education.traam.kit.domain.ExpectedVersion;
import fr.education.traam.kit.domain.Refused;
import fr.education.traam.reference.people.ProfessionalDomains;
import org.springframework.stereotype.Service;

/**
 * A DAN submitting, revising and withdrawing the académie's candidatures, checked against this service's
 * own view of the campaign. The dedicated-file import goes through the same three activities with a
 * {@link Source#dedicatedFile(String)} source. A revision or a withdrawal is asked of an expected version of the
 * candidature (the client's {@code If-Match}), checked before anything is changed.
 */
@Service
public class SubmittingCandidatures {

    private final Candidatures candidatures;
    private final Campaigns campaigns;
    private final ProfessionalDomains domains;

    public SubmittingCandidatures(Candidatures candidatures, Campaigns campaigns, CandidaturesProperties properties) {
        this.candidatures = candidatures;
        this.campaigns = campaigns;
        this.domains = properties.professionalDomains();
    }

    public Candidature submit(Slot slot, AcademyDelegate delegate, Proposal proposal, Source source) {
        Campaign campaign = campaign(slot.campaignId());
        Candidature.Changed submitted = Candidature.submit(CandidatureId.generate(), campaign, slot, delegate, proposal,
                source, domains);
        Candidature candidature = submitted.candidature();
        candidatures.liveIn(slot).ifPresent(existing -> {
            throw new CandidatureExists(slot, existing.id());
        });
        candidatures.add(submitted);
        return candidature;
    }

    public Candidature revise(CandidatureId id, ExpectedVersion expected, AcademyDelegate delegate, Proposal proposal, Source source) {
        Candidature candidature = find(id, expected);
        return candidatures.save(candidature.revise(campaign(candidature.campaignId()), delegate, proposal, source, domains));
    }

    public Candidature withdraw(CandidatureId id, ExpectedVersion expected, AcademyDelegate delegate) {
        Candidature candidature = find(id, expected);
        return candidatures.save(candidature.withdraw(campaign(candidature.campaignId()), delegate));
    }

    private Candidature find(CandidatureId id, ExpectedVersion expected) {
        Candidature candidature = candidatures.find(id).orElseThrow(() -> new CandidatureNotFound(id));
        expected.check(candidature.version(), "candidature " + id.value());
        return candidature;
    }

    /** A campaign this service has not heard of yet may exist: its events may still be on their way. */
    private Campaign campaign(CampaignId id) {
        return campaigns.require(id);
    }
}
