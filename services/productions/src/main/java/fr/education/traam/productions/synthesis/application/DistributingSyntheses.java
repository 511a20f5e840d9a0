package fr.education.traam.productions.synthesis.application;

import fr.education.traam.contract.groups.GroupKind;
import fr.education.traam.contract.productions.ProductionPublished;
import fr.education.traam.contract.productions.ProductionType;
import fr.education.traam.kit.domain.Refused;
import fr.education.traam.kit.inbox.InboundEvent;
import fr.education.traam.kit.security.Caller;
import fr.education.traam.kit.security.Role;
import fr.education.traam.mail.Mail;
import fr.education.traam.mail.MailRequest;
import fr.education.traam.mail.Mails;
import fr.education.traam.productions.production.ProductionId;
import fr.education.traam.productions.production.application.ConsultingProductions;
import fr.education.traam.productions.production.application.ProductionReading;
import fr.education.traam.productions.synthesis.SynthesisDistribution;
import fr.education.traam.productions.synthesis.SynthesisDistribution.Addressee;
import fr.education.traam.productions.synthesis.SynthesisDistribution.Recipient;
import fr.education.traam.productions.synthesis.SynthesisDistribution.RecipientKind;
import fr.education.traam.productions.synthesis.SynthesisDistributions;
import fr.education.traam.productions.synthesis.SynthesisRefusal;
import fr.education.traam.productions.team.MemberIdentities;
import fr.education.traam.productions.team.Team;
import fr.education.traam.productions.team.Teams;
import fr.education.traam.reference.Academy;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Sends a theme's synthesis, once published, to the members of the theme's working groups and to the institutions
 * {@code traam.productions.synthesis.institutions} names, and keeps whom it went to. It follows the service's own
 * {@code production-published} events (ADR 30): storing one mail per event and address is all the event waits for;
 * the mail relay sends, retries and gives up, and the delivery log reads what became of each mail.
 */
@Service
public class DistributingSyntheses {

    public static final String KIND = "synthesis-published";
    private static final Logger log = LoggerFactory.getLogger(DistributingSyntheses.class);

    private final SynthesisDistributions distributions;
    private final Teams teams;
    private final MemberIdentities identities;
    private final Mails mails;
    private final ConsultingProductions consulting;
    private final SynthesisProperties properties;
    private final MeterRegistry meters;
    private final Clock clock;

    DistributingSyntheses(SynthesisDistributions distributions, Teams teams, MemberIdentities identities, Mails mails,
                          ConsultingProductions consulting, SynthesisProperties properties, MeterRegistry meters, Clock clock) {
        this.distributions = distributions;
        this.teams = teams;
        this.identities = identities;
        this.mails = mails;
        this.consulting = consulting;
        this.properties = properties;
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * A {@code production-published} event: a synthesis is sent; any other kind is not. A redelivery reaches the
     * recipients its first delivery recorded, no one else, and mails none of them twice (the mail's id is the event's
     * and the address's).
     */
    public void distribute(InboundEvent<?> event, ProductionPublished published) {
        if (published.type() != ProductionType.SYNTHESIS) {
            return;
        }
        Optional<SynthesisDistribution> earlier = distributions.ofEvent(event.id());
        Predicate<String> wanted = earlier.<Predicate<String>>map(d -> d.recipients().stream().map(Recipient::who)
                .collect(Collectors.toSet())::contains).orElse(who -> true);
        List<Team> groups = teams.ofTheme(published.theme().campaignId(), published.theme().themeId());
        Set<String> memberIds = new LinkedHashSet<>();
        groups.forEach(g -> g.members().forEach(s -> memberIds.add(s.memberId())));
        List<Addressee> addressees = SynthesisDistribution.addressees(groups, identities.addressesOf(memberIds),
                properties.institutions(), wanted);

        String subject = "TraAM : la synthèse du thème « " + published.theme().title() + " » est publiée";
        List<Recipient> recipients = new ArrayList<>();
        for (Addressee addressee : addressees) {
            if (addressee.address() == null) {
                log.info("synthesis {} (event {}): member {} has no address, no mail", published.productionId(), event.id(),
                        addressee.memberId());
                meters.counter("traam.mail.skipped", "kind", KIND, "reason", "no-address").increment();
                recipients.add(addressee.recipient(null));
                continue;
            }
            mails.store(new MailRequest(event.id(), KIND, addressee.address(), subject, model(published, addressee)));
            recipients.add(addressee.recipient(Mails.idOf(event.id(), KIND, addressee.address())));
        }
        Instant at = event.time() == null ? clock.instant() : event.time();
        distributions.recordOnce(new SynthesisDistribution(event.id(), published.productionId(), published.version(),
                published.theme().campaignId(), published.theme().themeId(), published.title(), at, recipients));
    }

    /**
     * Whom the production's latest published synthesis went to, and what became of each mail: for the theme's DNE
     * experts and operators. The production answers as it does to them elsewhere (404 unknown, 410 withdrawn).
     */
    public DistributionLog log(ProductionId id, Caller caller) {
        ProductionReading reading = consulting.production(id, caller);
        if (!caller.has(Role.OPERATOR) && !reading.access().publisher()) {
            throw new Refused(SynthesisRefusal.NOT_A_DISTRIBUTION_READER,
                    "whom a synthesis went to is for the theme's DNE experts and operators");
        }
        SynthesisDistribution distribution = distributions.latestOf(id.value()).orElseThrow(() ->
                new Refused(SynthesisRefusal.SYNTHESIS_NOT_DISTRIBUTED, reading.production().type() == ProductionType.SYNTHESIS
                        ? "synthesis " + id + " has not been distributed: it is sent once published"
                        : "production " + id + " is no theme synthesis: only a synthesis is distributed"));
        Map<String, Mail> sent = new HashMap<>();
        distribution.recipients().stream().filter(Recipient::reachable).map(Recipient::mailId).distinct()
                .forEach(mailId -> mails.find(mailId).ifPresent(mail -> sent.put(mailId, mail)));
        return new DistributionLog(distribution, distribution.recipients().stream()
                .map(r -> new DistributionLog.Delivery(r, r.reachable() ? Optional.ofNullable(sent.get(r.mailId())) : Optional.empty()))
                .toList());
    }

    private static Map<String, Object> model(ProductionPublished published, Addressee addressee) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", published.title());
        model.put("summary", published.summary() == null ? "" : published.summary());
        model.put("theme", published.theme().title());
        model.put("schoolYear", published.theme().schoolYear() == null ? "" : published.theme().schoolYear());
        model.put("link", published.url());
        model.put("institution", addressee.kind() == RecipientKind.INSTITUTION);
        model.put("addressedTo", addressee.kind() == RecipientKind.INSTITUTION ? addressee.institution().name()
                : groupLabel(addressee.group()));
        return model;
    }

    /** "le groupe national du thème", "le groupe de l'académie de Lyon". */
    private static String groupLabel(Team group) {
        if (group.kind() == GroupKind.NATIONAL || group.academy() == null) {
            return "le groupe national du thème";
        }
        return "le groupe de l'académie " + Academy.ofName(group.academy().name());
    }
}
