package fr.education.traam.productions.team;

import fr.education.traam.contract.groups.GroupReference;
import fr.education.traam.contract.groups.MemberErased;
import fr.education.traam.contract.groups.MemberIdentified;
import fr.education.traam.contract.groups.MemberIdentity;
import fr.education.traam.contract.groups.MemberJoined;
import fr.education.traam.contract.groups.MemberLeft;
import fr.education.traam.contract.groups.DepartureReason;
import fr.education.traam.contract.groups.MemberRole;
import fr.education.traam.kit.outbox.EventPublisher;
import fr.education.traam.kit.outbox.PendingEvent;
import fr.education.traam.testkit.TraamInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static fr.education.traam.productions.team.TeamMother.LYON;
import static fr.education.traam.productions.team.TeamMother.seat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The views of traam.groups and traam.groups.people, fed on the real broker; a redelivery (same ce_id) changes nothing. */
@SpringBootTest
@TraamInfrastructure(database = "traam-productions-test")
class FollowingGroupsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    EventPublisher publisher;
    @Autowired
    Teams teams;
    @Autowired
    MemberIdentities identities;

    @Test
    void the_groups_and_their_members_follow_the_group_events_and_a_redelivery_changes_nothing() {
        String groupId = "group-" + UUID.randomUUID();
        GroupReference lyon = TeamMother.academic(groupId, "campaign-" + UUID.randomUUID(), "theme-1", LYON);
        publisher.publish(PendingEvent.of(TeamMother.formed(lyon, seat("m-teacher", MemberRole.TEACHER),
                seat("m-inspector", MemberRole.PILOTING_INSPECTOR)), "/traam/groups", Instant.now()));
        await().atMost(PATIENCE).until(() -> teams.find(groupId).isPresent());

        PendingEvent joined = PendingEvent.of(new MemberJoined(lyon, seat("m-joined", MemberRole.TEACHER), null),
                "/traam/groups", Instant.now());
        publisher.publish(joined);
        await().atMost(PATIENCE).until(() -> teams.find(groupId).orElseThrow().seats(Set.of("m-joined"), Set.of()));
        publisher.publish(PendingEvent.of(new MemberLeft(lyon, seat("m-joined", MemberRole.TEACHER), DepartureReason.REMOVED),
                "/traam/groups", Instant.now()));
        await().atMost(PATIENCE).until(() -> !teams.find(groupId).orElseThrow().seats(Set.of("m-joined"), Set.of()));

        // The joining redelivered after the departure (same ce_id) does not bring the member back.
        publisher.publish(joined);
        String marker = "m-marker-" + UUID.randomUUID();
        publisher.publish(PendingEvent.of(new MemberJoined(lyon, seat(marker, MemberRole.TEACHER), null),
                "/traam/groups", Instant.now()));
        await().atMost(PATIENCE).until(() -> teams.find(groupId).orElseThrow().seats(Set.of(marker), Set.of()));
        Team team = teams.find(groupId).orElseThrow();
        assertThat(team.seats(Set.of("m-joined"), Set.of())).isFalse();
        assertThat(team.seated(Set.of("m-inspector"), Set.of(MemberRole.PILOTING_INSPECTOR))).isEqualTo("m-inspector");
        assertThat(teams.seating(Set.of(marker))).extracting(Team::groupId).containsExactly(groupId);
    }

    @Test
    void a_member_is_recognised_by_e_mail_or_subject_until_erased_and_a_late_identification_does_not_bring_them_back() {
        String memberId = "m-" + UUID.randomUUID();
        String email = memberId + "@ac-lyon.fr";
        PendingEvent identified = PendingEvent.of(new MemberIdentified(memberId, new MemberIdentity(email, "sub-" + memberId)),
                "/traam/groups", Instant.now());
        publisher.publish(identified);
        await().atMost(PATIENCE).until(() -> identities.recognising(email, null).contains(memberId));
        assertThat(identities.recognising(null, "sub-" + memberId)).containsExactly(memberId);

        publisher.publish(PendingEvent.of(new MemberErased(memberId), "/traam/groups", Instant.now()));
        await().atMost(PATIENCE).until(() -> identities.recognising(null, "sub-" + memberId).isEmpty());
        publisher.publish(identified);
        String marker = "m-" + UUID.randomUUID();
        publisher.publish(PendingEvent.of(new MemberIdentified(marker, new MemberIdentity(null, "sub-" + marker)),
                "/traam/groups", Instant.now()));
        await().atMost(PATIENCE).until(() -> identities.recognising(null, "sub-" + marker).contains(marker));
        assertThat(identities.recognising(email, "sub-" + memberId)).isEmpty();
    }
}
