package fr.education.traam.dissemination.fanout.application;

import fr.education.traam.campaignview.application.FollowingCampaigns;
import fr.education.traam.contract.TraamEvent;
import fr.education.traam.dissemination.academyfeed.application.ChroniclingAcademies;
import fr.education.traam.dissemination.newsletter.application.GatheringNews;
import fr.education.traam.dissemination.site.application.DeliveringToSites;
import fr.education.traam.dissemination.social.application.DraftingSocialPosts;
import fr.education.traam.kit.inbox.InboundEvent;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.function.Consumer;

/**
 * Hands one event to every feature that cares: first the campaign view (which the others read), then the newsletter,
 * the académies' feeds, the social drafts' review queue and the sites. Each effect carries its event (ADR 14), so
 * when one feature fails and the binder redelivers the event — or an operator replays its dead letter — the features
 * that had already acted change nothing. A feature's failure does not keep the others from acting: all run, then the
 * first failure is thrown for the binder to retry. Each feature ignores the events it has no use for.
 */
@Service
public class FanningOut {

    private final FollowingCampaigns campaigns;
    private final List<Consumer<InboundEvent<TraamEvent>>> features;

    public FanningOut(FollowingCampaigns campaigns, GatheringNews news, ChroniclingAcademies academies, DraftingSocialPosts social,
                      DeliveringToSites sites) {
        this.campaigns = campaigns;
        this.features = List.of(news::gather, academies::chronicle, social::draft, sites::deliver);
    }

    public void disseminate(InboundEvent<TraamEvent> event) {
        // The view first and alone: news of an opening call reads the themes it has just learnt.
        campaigns.follow(event);
        RuntimeException failure = null;
        for (Consumer<InboundEvent<TraamEvent>> feature : features) {
            try {
                feature.accept(event);
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
