package fr.education.traam.productions.synthesis;

import fr.education.traam.contract.groups.GroupKind;
import fr.education.traam.productions.team.Team;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Whom the publication of a theme synthesis (one {@code production-published} event, {@code eventId}) was sent to:
 * every member of the theme's working groups, national group first, each once whatever the number of their seats,
 * and each institution the deployment names. A recipient without an address (an erased member, an expert who gave
 * none) stays in the list, unreachable, so that the log says who did not get it. Never an address of a member: the
 * mail it caused is named by its id ({@code mailId}), whose record, in the mails collection, says what became of it.
 */
public record SynthesisDistribution(
        String eventId,
        String productionId,
        int version,
        String campaignId,
        String themeId,
        String title,
        Instant distributedAt,
        List<Recipient> recipients) {

    public SynthesisDistribution {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(productionId, "productionId");
        recipients = List.copyOf(recipients);
    }

    public enum RecipientKind {
        /** A member of one of the theme's working groups. */
        GROUP_MEMBER,
        /** An institution the synthesis is addressed to (IGESR, DGESCO, IH2EF). */
        INSTITUTION
    }

    /**
     * One recipient: a member by id with the group they were reached as member of, or an institution by its acronym.
     *
     * @param mailId the id of the mail sent them; {@code null} when they have no address
     */
    public record Recipient(RecipientKind kind, String memberId, String groupId, String organisation, String mailId) {

        public boolean reachable() {
            return mailId != null;
        }

        /** Who, as the log names them: the member id or the institution's acronym. */
        public String who() {
            return kind == RecipientKind.GROUP_MEMBER ? memberId : organisation;
        }
    }

    /**
     * Someone to write to, with their address ({@code null} when unknown): the distribution's recipient before its mail
     * is named. {@code institution} is set for an institution, {@code group} for a member.
     */
    public record Addressee(RecipientKind kind, String memberId, Team group, InstitutionalRecipient institution, String address) {

        /** The member id or the institution's acronym, as {@link Recipient#who()}. */
        public String who() {
            return kind == RecipientKind.GROUP_MEMBER ? memberId : institution.organisation();
        }

        public Recipient recipient(String mailId) {
            return new Recipient(kind, memberId, group == null ? null : group.groupId(),
                    institution == null ? null : institution.organisation(), address == null ? null : mailId);
        }
    }

    /**
     * Those a synthesis of the theme goes to: each member seated in {@code themeGroups} (national group first, then
     * the académies' by code), once, with their address from {@code addresses} (member id → address), then each
     * institution. {@code wanted} (by {@link Addressee#who()}) narrows the list to the recipients a first delivery recorded, so that a redelivered
     * event reaches the same people and no one who joined since.
     */
    public static List<Addressee> addressees(List<Team> themeGroups, Map<String, String> addresses,
                                             List<InstitutionalRecipient> institutions, Predicate<String> wanted) {
        Map<String, Addressee> members = new LinkedHashMap<>();
        themeGroups.stream()
                .sorted(Comparator.comparing((Team t) -> t.kind() == GroupKind.NATIONAL ? 0 : 1)
                        .thenComparing(t -> t.academy() == null ? "" : t.academy().code())
                        .thenComparing(Team::groupId))
                .forEach(team -> team.members().forEach(seat -> members.putIfAbsent(seat.memberId(),
                        new Addressee(RecipientKind.GROUP_MEMBER, seat.memberId(), team, null, addresses.get(seat.memberId())))));
        List<Addressee> all = new ArrayList<>(members.values());
        Map<String, Addressee> byOrganisation = new LinkedHashMap<>();
        institutions.forEach(i -> byOrganisation.putIfAbsent(i.organisation(),
                new Addressee(RecipientKind.INSTITUTION, null, null, i, i.address())));
        all.addAll(byOrganisation.values());
        return all.stream().filter(a -> wanted.test(a.who())).toList();
    }

    public long reachableCount() {
        return recipients.stream().filter(Recipient::reachable).count();
    }
}
