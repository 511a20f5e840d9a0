package fr.education.traam.dissemination.social.application;

import fr.education.traam.contract.TraamEvent;
import fr.education.traam.contract.candidatures.NationalSelectionAmended;
import fr.education.traam.contract.candidatures.NationalSelectionPublished;
import fr.education.traam.contract.candidatures.AcademyDetails;
import fr.education.traam.contract.productions.ProductionPublished;
import fr.education.traam.contract.productions.ProductionWithdrawn;
import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.campaignview.Campaigns;
import fr.education.traam.campaignview.Theme;
import fr.education.traam.campaignview.ThemeId;
import fr.education.traam.dissemination.newsletter.application.DisseminationProperties;
import fr.education.traam.reference.Academy;
import fr.education.traam.dissemination.social.ReviewQueue;
import fr.education.traam.dissemination.social.SocialPostDraft;
import fr.education.traam.kit.inbox.InboundEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Puts a draft post in the review queue for each published national selection and each published production, makes
 * the drafts of a selection follow its amendments, and discards the pending drafts of a withdrawn production. Idempotent
 * by construction: a draft's id derives from its event's, so a redelivered event adds nothing, and a discarded draft is
 * no longer pending (ADR 14).
 */
@Service
public class DraftingSocialPosts {

    private static final Logger log = LoggerFactory.getLogger(DraftingSocialPosts.class);

    private final ReviewQueue queue;
    private final Campaigns campaigns;
    private final DisseminationProperties properties;
    private final Clock clock;

    public DraftingSocialPosts(ReviewQueue queue, Campaigns campaigns, DisseminationProperties properties, Clock clock) {
        this.queue = queue;
        this.campaigns = campaigns;
        this.properties = properties;
        this.clock = clock;
    }

    public void draft(InboundEvent<TraamEvent> event) {
        Instant at = event.time() == null ? clock.instant() : event.time();
        SocialPostDraft draft;
        if (event.data() instanceof NationalSelectionPublished published) {
            draft = selection(event.id(), at, published);
        } else if (event.data() instanceof NationalSelectionAmended amended) {
            selectionAmended(event.id(), at, amended);
            return;
        } else if (event.data() instanceof ProductionPublished published) {
            if (published.url() == null || published.url().isBlank()) {
                // A post is its link; without one there is nothing to announce, and failing would hold up the other features.
                log.warn("production {} published without a URL: no draft post", published.productionId());
                return;
            }
            // A national production (academy null) is credited to the national group and the académies that co-wrote it.
            List<String> credited = published.academy() != null ? List.of(published.academy().name())
                    : published.academies().stream().map(AcademyDetails::name).toList();
            draft = SocialPostDraft.forProduction(event.id(), at, published.productionId(), published.type(), published.title(),
                    published.academy() == null, credited, published.disciplines(), published.url());
        } else if (event.data() instanceof ProductionWithdrawn withdrawn) {
            productionWithdrawn(at, withdrawn);
            return;
        } else {
            return;
        }
        if (queue.add(draft)) {
            log.debug("draft post {} queued for {} {}", draft.id(), event.type(), event.id());
        }
    }

    /**
     * The theme's title and disciplines come from the campaigns view, filled by {@code traam.campaigns} long before a
     * selection; a theme unknown here still gets its draft, named by its id, for the editor to rewrite.
     */
    private SocialPostDraft selection(String eventId, Instant at, NationalSelectionPublished published) {
        Optional<Theme> theme = campaigns.find(new CampaignId(published.campaignId()))
                .flatMap(campaign -> campaign.theme(new ThemeId(published.themeId())));
        if (theme.isEmpty()) {
            log.warn("selection {} published for a theme unknown here: its draft post names the theme by its id", published.selectionId());
        }
        return SocialPostDraft.forSelection(eventId, at, published.selectionId(), theme.map(Theme::title).orElse(published.themeId()),
                published.selected().stream().map(Academy::nameOf).toList(), theme.map(Theme::disciplines).orElse(List.of()),
                properties.link("/api/candidatures/selections/" + published.campaignId() + "/" + published.themeId()));
    }

    /**
     * The selection's pending drafts are rewritten to the selection as it now stands; when none is pending and the reviewed
     * ones tell an older revision, a new draft announces the correction (ADR 19). Reviewed drafts stay as decided.
     * Idempotent by construction: a rewrite is guarded by the revision it replaces and by the draft's version, the new
     * draft's id derives from the amendment's event (ADR 14).
     */
    private void selectionAmended(String eventId, Instant at, NationalSelectionAmended amended) {
        Optional<Theme> theme = theme(amended.campaignId(), amended.themeId());
        List<String> retained = amended.selected().stream().map(Academy::nameOf).toList();
        List<String> disciplines = theme.map(Theme::disciplines).orElse(List.of());
        List<SocialPostDraft> drafts = queue.aboutSelection(amended.selectionId());
        List<SocialPostDraft> pending = drafts.stream().filter(SocialPostDraft::pending).toList();
        for (SocialPostDraft draft : pending) {
            if (draft.revision() < amended.revision()) {
                queue.save(draft.amended(amended.revision(), retained, disciplines));
                log.debug("draft post {} rewritten for amendment {} of {}", draft.id(), amended.revision(), amended.selectionId());
            }
        }
        int reviewedUpTo = drafts.stream().filter(d -> !d.pending()).mapToInt(SocialPostDraft::revision).max().orElse(-1);
        if (pending.isEmpty() && reviewedUpTo >= 0 && reviewedUpTo < amended.revision()) {
            queue.add(SocialPostDraft.forAmendment(eventId, at, amended.selectionId(), amended.revision(),
                    theme.map(Theme::title).orElse(amended.themeId()), retained, disciplines,
                    properties.link("/api/candidatures/selections/" + amended.campaignId() + "/" + amended.themeId())));
        }
    }

    /**
     * The production's drafts still waiting for an editor are discarded with the withdrawal's reason: their link answers
     * 410 Gone now. Those an editor approved stay as decided. An editor deciding at the same moment wins; the draft is
     * read again and left if no longer pending.
     */
    private void productionWithdrawn(Instant at, ProductionWithdrawn withdrawn) {
        for (SocialPostDraft draft : queue.aboutProduction(withdrawn.productionId())) {
            for (int attempt = 1; draft != null && draft.pending(); attempt++) {
                try {
                    queue.save(draft.withdrawn(at, withdrawn.reason()));
                    log.info("draft post {} discarded: production {} withdrawn", draft.id(), withdrawn.productionId());
                    draft = null;
                } catch (OptimisticLockingFailureException decidedMeanwhile) {
                    if (attempt == 3) {
                        throw decidedMeanwhile;
                    }
                    draft = queue.find(draft.id()).orElse(null);
                }
            }
        }
    }

    private Optional<Theme> theme(String campaignId, String themeId) {
        return campaigns.find(new CampaignId(campaignId)).flatMap(campaign -> campaign.theme(new ThemeId(themeId)));
    }
}
