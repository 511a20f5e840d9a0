package fr.education.traam.dissemination.fanout.application;

import fr.education.traam.contract.TraamEvent;
import fr.education.traam.dissemination.academyfeed.application.ChroniclingAcademies;
import fr.education.traam.dissemination.campaign.application.FollowingCampaigns;
import fr.education.traam.dissemination.newsletter.application.GatheringNews;
import fr.education.traam.dissemination.site.application.DeliveringToSites;
import fr.education.traam.dissemination.social.application.DraftingSocialPosts;
import fr.education.traam.kit.inbox.InboundEvent;
import org.springframework.stereotype.Service;

/**
 * Hands one event to every feature that cares, in order: the campaigns view (which the others read), the
 * newsletter, the académies' feeds, the social drafts' review queue, then the sites. Each is idempotent on its own — the
 * newsletter through the inbox and its conditional push, the feeds, the drafts and the sites by ids derived from the event — so when one fails and the binder redelivers the event,
 * the others do not act twice. Each feature ignores the events it has no use for.
 */
@Service
public class FanningOut {

    private final FollowingCampaigns campaigns;
    private final GatheringNews news;
    private final ChroniclingAcademies academies;
    private final DraftingSocialPosts social;
    private final DeliveringToSites sites;

    public FanningOut(FollowingCampaigns campaigns, GatheringNews news, ChroniclingAcademies academies, DraftingSocialPosts social,
                      DeliveringToSites sites) {
        this.campaigns = campaigns;
        this.news = news;
        this.academies = academies;
        this.social = social;
        this.sites = sites;
    }

    public void disseminate(InboundEvent<TraamEvent> event) {
        campaigns.follow(event);
        news.followCandidatures(event);
        news.followProductions(event);
        academies.chronicle(event);
        social.draft(event);
        sites.deliver(event);
    }
}
