package fr.education.traam.groups.group.application;

import fr.education.traam.campaignview.Campaign;
import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.campaignview.Campaigns;
import fr.education.traam.campaignview.Theme;
import fr.education.traam.campaignview.ThemeId;
import fr.education.traam.contract.groups.ClosingReason;
import fr.education.traam.contract.groups.DepartureReason;
import fr.education.traam.contract.groups.GroupMemberSeat;
import fr.education.traam.contract.groups.GroupReference;
import fr.education.traam.groups.group.GroupId;
import fr.education.traam.groups.group.Membership;
import fr.education.traam.groups.group.WorkingGroups;
import fr.education.traam.groups.person.People;
import fr.education.traam.groups.person.Person;
import fr.education.traam.groups.person.PersonId;
import fr.education.traam.kit.inbox.InboundEvent;
import fr.education.traam.mail.MailRequest;
import fr.education.traam.mail.Mails;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Each member is mailed, at their professional address, when they join a group (its formation seats them, or they are
 * added or replace someone), when they leave it, and when it closes. It follows the service's own events (ADR 30): one
 * mail per event and address, stored here and sent by the mail relay. An expert who gave no address, or a person
 * erased, gets none. A mail names the recipient alone: the group, the theme, roles, never another member.
 */
@Service
public class MailingMembers {

    public static final String JOINED = "group-joined";
    public static final String LEFT = "group-left";
    public static final String CLOSED = "group-closed";
    private static final Logger log = LoggerFactory.getLogger(MailingMembers.class);

    private final People people;
    private final WorkingGroups groups;
    private final Campaigns campaigns;
    private final Mails mails;
    private final MemberMailProperties properties;
    private final MeterRegistry meters;

    public MailingMembers(People people, WorkingGroups groups, Campaigns campaigns, Mails mails, MemberMailProperties properties,
                          MeterRegistry meters) {
        this.people = people;
        this.groups = groups;
        this.campaigns = campaigns;
        this.mails = mails;
        this.properties = properties;
        this.meters = meters;
    }

    /** A {@code WorkingGroupFormed} (each of its seats) or a {@code MemberJoined} (its one). */
    public void joined(InboundEvent<?> event, GroupReference group, List<GroupMemberSeat> seats) {
        Titles titles = titles(group);
        String subject = "TraAM : vous rejoignez " + MemberMailWording.groupOfTheme(group, titles.theme());
        for (GroupMemberSeat seat : seats) {
            mail(event, JOINED, seat.memberId(), subject, group, titles, Map.of(
                    "role", MemberMailWording.role(group, seat)));
        }
    }

    public void left(InboundEvent<?> event, GroupReference group, GroupMemberSeat seat, DepartureReason reason) {
        Titles titles = titles(group);
        mail(event, LEFT, seat.memberId(), "TraAM : vous quittez " + MemberMailWording.groupOfTheme(group, titles.theme()), group,
                titles, Map.of(
                        "role", MemberMailWording.role(group, seat),
                        "reason", MemberMailWording.departure(reason),
                        "contact", MemberMailWording.contact(group)));
    }

    /** Every member of the closed group, as it stands: a closed group is read-only, its members stay. */
    public void closed(InboundEvent<?> event, GroupReference group, ClosingReason reason) {
        Titles titles = titles(group);
        List<Membership> members = groups.find(new GroupId(group.groupId())).map(g -> g.members()).orElse(List.of());
        for (Membership member : members) {
            mail(event, CLOSED, member.person().value(), "TraAM : " + MemberMailWording.groupOfTheme(group, titles.theme()) + " est clos",
                    group, titles, Map.of(
                            "role", MemberMailWording.role(group, member.seat()),
                            "reason", MemberMailWording.closing(group, reason)));
        }
    }

    private void mail(InboundEvent<?> event, String kind, String memberId, String subject, GroupReference group, Titles titles,
                      Map<String, Object> details) {
        PersonId id = new PersonId(memberId);
        Optional<Person> person = people.find(id);
        if (person.isEmpty() || person.get().erased()) {
            skipped(kind, "erased", memberId, event);
            return;
        }
        if (person.get().email() == null) {
            skipped(kind, "no-address", memberId, event);
            return;
        }
        String address = person.get().email().value();
        Map<String, Object> model = new HashMap<>(details);
        model.put("name", person.get().name());
        model.put("group", MemberMailWording.group(group));
        model.put("ofGroup", MemberMailWording.ofGroup(group));
        model.put("theme", titles.theme());
        model.put("campaign", titles.campaign());
        model.put("link", properties.groupLink(group.groupId()));
        if (!mails.store(new MailRequest(event.id(), kind, address, subject, model))) {
            log.debug("{} mail of event {} to member {} already stored", kind, event.id(), memberId);
            return;
        }
        // Erased while this mail was being written: the erasure dropped the mails stored before its own write, this one
        // came after, so it goes here (ErasingPeople).
        if (people.find(id).map(Person::erased).orElse(true)) {
            mails.forget(address);
        }
    }

    private void skipped(String kind, String reason, String memberId, InboundEvent<?> event) {
        log.info("no {} mail for member {} (event {}): {}", kind, memberId, event.id(),
                reason.equals("erased") ? "their personal data are erased" : "they gave no professional address");
        meters.counter("traam.mail.skipped", "kind", kind, "reason", reason).increment();
    }

    /** The campaign's and the theme's titles from the campaign view, their ids if it does not know them. */
    private Titles titles(GroupReference group) {
        Optional<Campaign> campaign = campaigns.find(new CampaignId(group.campaignId()));
        return new Titles(campaign.map(Campaign::title).orElse(group.campaignId()),
                campaign.flatMap(c -> c.theme(new ThemeId(group.themeId()))).map(Theme::title).orElse(group.themeId()));
    }

    private record Titles(String campaign, String theme) {
    }
}
