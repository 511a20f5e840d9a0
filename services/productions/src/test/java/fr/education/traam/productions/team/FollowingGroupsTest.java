package fr.education.traam.productions.team;

import fr.education.traam.contract.TraamEvent;
import fr.education.traam.contract.candidatures.AcademyDetails;
import fr.education.traam.contract.groups.ClosingReason;
import fr.education.traam.contract.groups.DepartureReason;
import fr.education.traam.contract.groups.GroupMemberSeat;
import fr.education.traam.contract.groups.GroupReference;
import fr.education.traam.contract.groups.MemberErased;
import fr.education.traam.contract.groups.MemberIdentified;
import fr.education.traam.contract.groups.MemberIdentity;
import fr.education.traam.contract.groups.MemberJoined;
import fr.education.traam.contract.groups.MemberLeft;
import fr.education.traam.contract.groups.MemberRole;
import fr.education.traam.contract.groups.WorkingGroupClosed;
import fr.education.traam.contract.groups.WorkingGroupContinued;
import fr.education.traam.kit.outbox.EventPublisher;
import fr.education.traam.kit.outbox.PendingEvent;
import fr.education.traam.kit.security.Caller;
import fr.education.traam.kit.security.Role;
import fr.education.traam.productions.team.application.RecognisingMembers;
import fr.education.traam.testkit.TraamInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static fr.education.traam.productions.team.TeamMother.LYON;
import static fr.education.traam.productions.team.TeamMother.seat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The views of traam.groups and traam.groups.people, fed with CloudEvents on the real broker (the kit's publisher, as
 * the groups service's relay) and stored in the real database; a redelivery (same ce_id) changes nothing.
 */
@SpringBootTest
@TraamInfrastructure(database = "traam-productions-test")
class FollowingGroupsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String SOURCE = "/traam/groups";

    @Autowired
    EventPublisher publisher;
    @Autowired
    Teams teams;
    @Autowired
    MemberIdentities identities;
    @Autowired
    RecognisingMembers recognising;
    @Autowired
    MongoTemplate mongo;

    @Test
    void the_groups_and_their_members_follow_the_group_events_and_a_redelivery_changes_nothing() {
        String groupId = "group-" + UUID.randomUUID();
        GroupReference lyon = TeamMother.academic(groupId, "campaign-" + UUID.randomUUID(), "theme-1", LYON);
        publish(TeamMother.formed(lyon, seat("m-teacher", MemberRole.TEACHER), seat("m-inspector", MemberRole.PILOTING_INSPECTOR)));
        await().atMost(PATIENCE).until(() -> teams.find(groupId).isPresent());

        PendingEvent joined = PendingEvent.of(new MemberJoined(lyon, seat("m-joined", MemberRole.TEACHER), null), SOURCE, Instant.now());
        publisher.publish(joined);
        await().atMost(PATIENCE).until(() -> teams.find(groupId).orElseThrow().seats(Set.of("m-joined"), Set.of()));
        publish(new MemberLeft(lyon, seat("m-joined", MemberRole.TEACHER), DepartureReason.REMOVED));
        await().atMost(PATIENCE).until(() -> !teams.find(groupId).orElseThrow().seats(Set.of("m-joined"), Set.of()));

        // The joining redelivered after the departure (same ce_id) does not bring the member back.
        publisher.publish(joined);
        // The piloting inspector replaced: their departure, then their replacement's joining.
        publish(new MemberLeft(lyon, seat("m-inspector", MemberRole.PILOTING_INSPECTOR), DepartureReason.REPLACED));
        publish(new MemberJoined(lyon, seat("m-inspector-2", MemberRole.PILOTING_INSPECTOR), "m-inspector"));
        await().atMost(PATIENCE).until(() -> teams.find(groupId).orElseThrow().seats(Set.of("m-inspector-2"), Set.of()));
        Team team = teams.find(groupId).orElseThrow();
        assertThat(team.members()).containsExactlyInAnyOrder(new Team.Seat("m-teacher", MemberRole.TEACHER),
                new Team.Seat("m-inspector-2", MemberRole.PILOTING_INSPECTOR));
        assertThat(team.active()).isTrue();
        assertThat(teams.seating(Set.of("m-inspector-2"))).extracting(Team::groupId).containsExactly(groupId);
        assertThat(teams.seating(Set.of("m-joined", "m-inspector")).stream().map(Team::groupId)).doesNotContain(groupId);

        publish(new WorkingGroupClosed(lyon, ClosingReason.NOT_RETAINED));
        await().atMost(PATIENCE).until(() -> !teams.find(groupId).orElseThrow().active());
        assertThat(teams.find(groupId).orElseThrow().members()).isEqualTo(team.members());
    }

    @Test
    void a_theme_s_groups_follow_it_into_its_second_year_and_a_closed_group_seats_nobody_any_more() {
        String firstCampaign = "campaign-" + UUID.randomUUID();
        String secondCampaign = "campaign-" + UUID.randomUUID();
        String memberId = "m-" + UUID.randomUUID();
        String email = memberId + "@ac-lyon.fr";
        GroupReference national = TeamMother.national("national-" + UUID.randomUUID(), firstCampaign, "theme-1");
        GroupReference lyon = TeamMother.academic("lyon-" + UUID.randomUUID(), firstCampaign, "theme-1", LYON);
        GroupReference versailles = TeamMother.academic("versailles-" + UUID.randomUUID(), firstCampaign, "theme-1",
                new AcademyDetails("25", "Versailles"));
        publisher.publish(PendingEvent.of(new MemberIdentified(memberId, new MemberIdentity(email, null)), SOURCE, Instant.now()));
        publish(TeamMother.formed(national, seat("m-expert", MemberRole.DNE_EXPERT),
                new GroupMemberSeat(memberId, MemberRole.REFERENT, null, "10")));
        publish(TeamMother.formed(lyon, seat(memberId, MemberRole.REFERENT), seat("m-teacher", MemberRole.TEACHER)));
        publish(TeamMother.formed(versailles, seat("m-versailles", MemberRole.TEACHER)));
        await().atMost(PATIENCE).until(() -> teams.ofTheme(firstCampaign, "theme-1").size() == 3);
        assertThat(teams.nationalOf(firstCampaign, "theme-1")).map(Team::groupId).hasValue(national.groupId());
        await().atMost(PATIENCE).until(() -> !identities.recognising(email, null).isEmpty());

        Caller referent = new Caller("sub-unknown", Set.of(Role.TEACHER), "10", email);
        assertThat(recognising.memberIdsOf(referent)).containsExactly(memberId);
        assertThat(recognising.seatsOf(referent)).extracting(s -> s.team().groupId() + "/" + s.seat().role())
                .containsExactlyInAnyOrder(national.groupId() + "/REFERENT", lyon.groupId() + "/REFERENT");

        // Year two: the national group and Lyon carry on, Versailles did not continue.
        publish(new WorkingGroupContinued(TeamMother.national(national.groupId(), secondCampaign, "theme-2"), firstCampaign,
                "theme-1", "selection-2"));
        publish(new WorkingGroupContinued(TeamMother.academic(lyon.groupId(), secondCampaign, "theme-2", LYON), firstCampaign,
                "theme-1", "selection-2"));
        publish(new WorkingGroupClosed(versailles, ClosingReason.NOT_CONTINUED));
        await().atMost(PATIENCE).until(() -> teams.ofTheme(secondCampaign, "theme-2").size() == 2
                && !teams.find(versailles.groupId()).orElseThrow().active());
        assertThat(teams.ofTheme(secondCampaign, "theme-2")).extracting(Team::groupId)
                .containsExactlyInAnyOrder(national.groupId(), lyon.groupId());
        assertThat(teams.ofTheme(firstCampaign, "theme-1")).extracting(Team::groupId).containsExactly(versailles.groupId());
        assertThat(teams.nationalOf(secondCampaign, "theme-2")).map(Team::groupId).hasValue(national.groupId());
        assertThat(teams.nationalOf(firstCampaign, "theme-1")).isEmpty();

        publish(new WorkingGroupClosed(TeamMother.academic(lyon.groupId(), secondCampaign, "theme-2", LYON), ClosingReason.NOT_RETAINED));
        await().atMost(PATIENCE).until(() -> !teams.find(lyon.groupId()).orElseThrow().active());
        assertThat(recognising.seatsOf(referent)).as("a closed group's seats are not the caller's any more")
                .extracting(s -> s.team().groupId()).containsExactly(national.groupId());
    }

    @Test
    void a_group_first_known_by_a_later_event_keeps_it_when_its_formation_comes() {
        String groupId = "group-" + UUID.randomUUID();
        GroupReference lyon = TeamMother.academic(groupId, "campaign-" + UUID.randomUUID(), "theme-1", LYON);
        publish(new MemberJoined(lyon, seat("m-joined", MemberRole.TEACHER), null));
        publish(new MemberLeft(lyon, seat("m-gone", MemberRole.TEACHER), DepartureReason.REMOVED));
        await().atMost(PATIENCE).until(() -> teams.find(groupId).isPresent() && !teams.find(groupId).get().departed().isEmpty());
        assertThat(teams.find(groupId).orElseThrow().formed()).isFalse();

        publish(TeamMother.formed(lyon, seat("m-teacher", MemberRole.TEACHER), seat("m-gone", MemberRole.TEACHER)));
        await().atMost(PATIENCE).until(() -> teams.find(groupId).orElseThrow().formed());
        assertThat(teams.find(groupId).orElseThrow().members()).extracting(Team.Seat::memberId)
                .containsExactlyInAnyOrder("m-joined", "m-teacher");
    }

    @Test
    void a_member_is_recognised_by_e_mail_or_subject_until_erased_and_then_no_document_holds_their_identity() {
        String memberId = "m-" + UUID.randomUUID();
        String email = memberId + "@ac-lyon.fr";
        String subject = "sub-" + memberId;
        PendingEvent identified = PendingEvent.of(new MemberIdentified(memberId,
                new MemberIdentity(memberId + "@AC-Lyon.fr", subject)), SOURCE, Instant.now());
        publisher.publish(identified);
        await().atMost(PATIENCE).until(() -> identities.recognising(email, null).contains(memberId));
        assertThat(identities.recognising(null, subject)).containsExactly(memberId);
        assertThat(recognising.memberIdsOf(new Caller(subject, Set.of(Role.TEACHER), null, null))).containsExactly(memberId);
        assertThat(identitiesHolding(email)).as("stored in lower case").isNotEmpty();

        // Redelivered, the identification changes nothing; a new address replaces the old one.
        publisher.publish(identified);
        String moved = memberId + "@ac-grenoble.fr";
        publish(new MemberIdentified(memberId, new MemberIdentity(moved, subject)));
        await().atMost(PATIENCE).until(() -> identities.recognising(moved, null).contains(memberId));
        assertThat(identities.recognising(email, null)).isEmpty();

        publish(new MemberErased(memberId));
        await().atMost(PATIENCE).until(() -> identities.recognising(null, subject).isEmpty());
        // A late copy of the identification does not bring the identity back.
        publisher.publish(identified);
        String marker = "m-" + UUID.randomUUID();
        publish(new MemberIdentified(marker, new MemberIdentity(null, "sub-" + marker)));
        await().atMost(PATIENCE).until(() -> identities.recognising(null, "sub-" + marker).contains(marker));
        assertThat(identities.recognising(email, subject)).isEmpty();
        assertThat(identities.recognising(moved, null)).isEmpty();

        assertThat(identitiesHolding(memberId + "@")).as("no address of the erased member anywhere").isEmpty();
        assertThat(identitiesHolding(subject)).as("no subject of the erased member anywhere").isEmpty();
        assertThat(identitiesHolding(memberId)).as("the erased member's id stays, with nothing else")
                .singleElement().satisfies(d -> assertThat(d.keySet()).contains("_id", "erased").isSubsetOf("_id", "erased", "_class"));
    }

    private void publish(TraamEvent event) {
        publisher.publish(PendingEvent.of(event, SOURCE, Instant.now()));
    }

    /** Every document of the identities' collection whose JSON mentions {@code text}, whatever the field. */
    private List<Document> identitiesHolding(String text) {
        List<Document> holding = new ArrayList<>();
        for (Document document : mongo.getCollection("member-identities").find()) {
            if (document.toJson().toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT))) {
                holding.add(document);
            }
        }
        return holding;
    }
}
