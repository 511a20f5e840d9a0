package fr.education.traam.campaigns.campaign.application;

import fr.education.traam.campaigns.campaign.Campaign;
import fr.education.traam.campaigns.campaign.CampaignId;
import fr.education.traam.campaigns.campaign.CampaignNotFound;
import fr.education.traam.campaigns.campaign.Campaigns;
import fr.education.traam.contract.campaigns.CampaignPhase;
import fr.education.traam.kit.domain.ExpectedVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Moving campaigns through their phases: when their dates pass, or when a DNE expert acts ahead of them.
 * Several instances may check the calendar at once; the version check lets one of them win and the others
 * find the work done on their next round.
 */
@Service
public class AdvancingPhases {

    private static final Logger log = LoggerFactory.getLogger(AdvancingPhases.class);

    private final Campaigns campaigns;
    private final Clock clock;
    private final CampaignsProperties properties;

    public AdvancingPhases(Campaigns campaigns, Clock clock, CampaignsProperties properties) {
        this.campaigns = campaigns;
        this.clock = clock;
        this.properties = properties;
    }

    /** A DNE expert's move, asked of the version of the campaign they read ({@code If-Match}). */
    public Campaign advance(CampaignId id, ExpectedVersion expected, CampaignPhase to, String by) {
        Campaign campaign = campaigns.find(id).orElseThrow(() -> new CampaignNotFound(id));
        expected.check(campaign.version(), "campaign " + id.value());
        Campaign.Changed changed = campaign.advanceTo(to, today(), by);
        return campaigns.save(changed);
    }

    /** Enters, for every campaign, the phases whose date has passed; returns how many campaigns moved. */
    @Scheduled(fixedDelayString = "${traam.campaigns.calendar-check-interval:1m}", initialDelayString = "5s")
    public int followCalendar() {
        LocalDate today = today();
        int moved = 0;
        for (Campaign campaign : campaigns.notClosed()) {
            Campaign.Changed changed = campaign.followCalendar(today);
            if (changed.events().isEmpty()) {
                continue;
            }
            try {
                campaigns.save(changed);
                moved++;
                log.info("campaign {} moved by its calendar from {} to {}", campaign.id(), campaign.phase(), changed.campaign().phase());
            } catch (OptimisticLockingFailureException concurrent) {
                log.debug("campaign {} changed meanwhile; the next check will see it", campaign.id());
            }
        }
        return moved;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(properties.timeZone()));
    }
}
