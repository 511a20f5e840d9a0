package fr.education.traam.groups.privacy.application;

import fr.education.traam.campaignview.Campaign;
import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.campaignview.Campaigns;
import fr.education.traam.groups.group.GroupId;
import fr.education.traam.groups.group.Membership;
import fr.education.traam.groups.group.WorkingGroup;
import fr.education.traam.groups.group.WorkingGroups;
import fr.education.traam.groups.person.People;
import fr.education.traam.groups.person.Person;
import fr.education.traam.groups.person.PersonId;
import fr.education.traam.groups.privacy.Retention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The purge: once every group a person sits in is past its {@link Retention}, the person is pseudonymised. Someone who
 * also sits in a group still within it is kept. The groups are left as they are: their work is over, and their
 * composition is their history, now of ids that name nobody.
 *
 * <p>Several instances may purge at once: erasing an erased person changes nothing, and a person changed meanwhile is
 * left for the next round.
 */
@Service
public class PurgingPersonalData {

    private static final Logger log = LoggerFactory.getLogger(PurgingPersonalData.class);

    private final WorkingGroups groups;
    private final People people;
    private final Campaigns campaigns;
    private final ErasingPeople erasing;
    private final Retention retention;
    private final int pageSize;
    private final Clock clock;

    public PurgingPersonalData(WorkingGroups groups, People people, Campaigns campaigns, ErasingPeople erasing,
                               PrivacyProperties properties, Clock clock) {
        this.groups = groups;
        this.people = people;
        this.campaigns = campaigns;
        this.erasing = erasing;
        this.retention = properties.retentionPolicy();
        this.pageSize = properties.pageSize();
        this.clock = clock;
    }

    /** What a purge did: how many groups it read, whom it erased. */
    public record Purge(int groupsRead, List<PersonId> erased) {

        public Purge {
            erased = List.copyOf(erased);
        }
    }

    @Scheduled(fixedDelayString = "${traam.groups.privacy.purge-interval:1h}", initialDelayString = "1m")
    public Purge purge() {
        return purge(clock.instant());
    }

    /** Erases, as of {@code now}, every person not yet erased whose groups are all past their retention. */
    public Purge purge(Instant now) {
        Map<CampaignId, LocalDate> closings = new HashMap<>();
        Set<PersonId> past = new LinkedHashSet<>();
        Set<PersonId> kept = new HashSet<>();
        int read = 0;
        GroupId after = null;
        List<WorkingGroup> page;
        do {
            page = groups.page(after, pageSize);
            for (WorkingGroup group : page) {
                Set<PersonId> into = over(group, now, closings) ? past : kept;
                group.members().stream().map(Membership::person).forEach(into::add);
                after = group.id();
            }
            read += page.size();
        } while (page.size() == pageSize);
        past.removeAll(kept);

        List<PersonId> erased = new ArrayList<>();
        for (Person person : people.notErased(past)) {
            // Placed in a new group since the pages were read? Then kept, until that group's retention is over too.
            if (groups.withMember(person.id()).stream().allMatch(group -> over(group, now, closings))) {
                try {
                    erasing.pseudonymise(person.id(), now);
                    erased.add(person.id());
                } catch (OptimisticLockingFailureException changedMeanwhile) {
                    log.debug("person {} changed meanwhile; the next purge will see them", person.id());
                }
            }
        }
        if (!erased.isEmpty()) {
            log.info("purge: {} people erased whose groups are past their retention of {}", erased.size(), retention.period());
        }
        return new Purge(read, erased);
    }

    private boolean over(WorkingGroup group, Instant now, Map<CampaignId, LocalDate> closings) {
        CampaignId campaign = group.current().campaignId();
        if (!closings.containsKey(campaign)) {
            closings.put(campaign, campaigns.find(campaign).map(Campaign::calendar).map(c -> c.closing()).orElse(null));
        }
        return retention.over(group, closings.get(campaign), now);
    }
}
