package fr.education.traam.productions.synthesis.web;

import fr.education.traam.mail.Mail;
import fr.education.traam.mail.MailStatus;
import fr.education.traam.productions.synthesis.SynthesisDistribution;
import fr.education.traam.productions.synthesis.SynthesisDistribution.RecipientKind;
import fr.education.traam.productions.synthesis.application.DistributionLog;

import java.time.Instant;
import java.util.List;

/**
 * Whom a synthesis went to, and what became of each mail. A member is named by id, never by address; an institution
 * by its acronym and its functional mailbox.
 */
record DistributionView(
        String productionId,
        int version,
        String eventId,
        String campaignId,
        String themeId,
        String title,
        Instant distributedAt,
        Counts counts,
        List<DeliveryView> recipients) {

    /** How many recipients, how many with an address, and how many of their mails are sent, pending and dead. */
    record Counts(int recipients, int reachable, int sent, int pending, int dead) {
    }

    /**
     * @param status {@code SENT}, {@code PENDING} (waiting for its first attempt or a retry, at {@code nextAttemptAt}),
     *               {@code DEAD} (given up, {@code lastError} says why), {@code NO_ADDRESS} (nothing could be sent) or
     *               {@code PURGED} (its record passed the mails' retention)
     */
    record DeliveryView(RecipientKind kind, String memberId, String groupId, String organisation, String address,
                        String status, int attempts, Instant sentAt, Instant nextAttemptAt, String lastError) {

        static DeliveryView of(DistributionLog.Delivery delivery) {
            SynthesisDistribution.Recipient r = delivery.recipient();
            if (!r.reachable()) {
                return new DeliveryView(r.kind(), r.memberId(), r.groupId(), r.organisation(), null, "NO_ADDRESS", 0, null, null, null);
            }
            if (delivery.mail().isEmpty()) {
                return new DeliveryView(r.kind(), r.memberId(), r.groupId(), r.organisation(), null, "PURGED", 0, null, null, null);
            }
            Mail m = delivery.mail().get();
            return new DeliveryView(r.kind(), r.memberId(), r.groupId(), r.organisation(),
                    r.kind() == RecipientKind.INSTITUTION ? m.recipient() : null, m.status().name(), m.attempts(), m.sentAt(),
                    m.status() == MailStatus.PENDING ? m.nextAttemptAt() : null, m.lastError());
        }
    }

    static DistributionView of(DistributionLog log) {
        SynthesisDistribution d = log.distribution();
        List<DeliveryView> deliveries = log.deliveries().stream().map(DeliveryView::of).toList();
        return new DistributionView(d.productionId(), d.version(), d.eventId(), d.campaignId(), d.themeId(), d.title(),
                d.distributedAt(), new Counts(deliveries.size(), (int) d.reachableCount(), count(deliveries, "SENT"),
                count(deliveries, "PENDING"), count(deliveries, "DEAD")), deliveries);
    }

    private static int count(List<DeliveryView> deliveries, String status) {
        return (int) deliveries.stream().filter(x -> x.status().equals(status)).count();
    }
}
