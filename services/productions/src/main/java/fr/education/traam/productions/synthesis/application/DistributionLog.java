package fr.education.traam.productions.synthesis.application;

import fr.education.traam.mail.Mail;
import fr.education.traam.productions.synthesis.SynthesisDistribution;

import java.util.List;
import java.util.Optional;

/**
 * A synthesis's distribution with what became of each recipient's mail: {@code mail} is empty for a recipient
 * without an address, and for a mail whose record the mail retention purged.
 */
public record DistributionLog(SynthesisDistribution distribution, List<Delivery> deliveries) {

    public DistributionLog {
        deliveries = List.copyOf(deliveries);
    }

    public record Delivery(SynthesisDistribution.Recipient recipient, Optional<Mail> mail) {
    }
}
