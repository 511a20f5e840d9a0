package fr.education.traam.productions.notification.application;

import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.campaignview.Campaigns;
import fr.education.traam.campaignview.Theme;
import fr.education.traam.campaignview.ThemeId;
import fr.education.traam.contract.campaigns.DneExpert;
import fr.education.traam.contract.groups.MemberRole;
import fr.education.traam.contract.productions.ProductionType;
import fr.education.traam.contract.productions.ReviewStage;
import fr.education.traam.contract.productions.ThemeReference;
import fr.education.traam.kit.inbox.InboundEvent;
import fr.education.traam.mail.MailRequest;
import fr.education.traam.mail.Mails;
import fr.education.traam.productions.catalogue.application.ReadingCatalogue;
import fr.education.traam.productions.production.Authorship;
import fr.education.traam.productions.production.Production;
import fr.education.traam.productions.production.ProductionId;
import fr.education.traam.productions.production.ProductionVersion;
import fr.education.traam.productions.production.Productions;
import fr.education.traam.productions.production.application.ProductionsProperties;
import fr.education.traam.productions.team.MemberIdentities;
import fr.education.traam.productions.team.Team;
import fr.education.traam.productions.team.Teams;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The mails of a production's review, from the service's own events (ADR 30): each reviewer of the stage it awaits
 * (the académie group's piloting inspector, then the DNE experts seated in the theme's national group and the theme's
 * leading experts) when it is submitted or passes the academic stage; its authors when it moves — changes requested,
 * approved at either stage, published, withdrawn. Authors are the members of its group but those who review it there
 * (for the synthesis, the national group's DNE experts). A mail says what the production shows anyway — title, kind,
 * académie, theme, version — and links to it; never a reviewer's comment, which may be long and name people, nor
 * anyone's name or address. A member with no address (erased, or known by token subject only) is skipped and counted.
 */
@Service
public class MailingReviews {

    public static final String AWAITS_REVIEW = "production-awaits-review";
    public static final String MOVED = "production-moved";
    private static final Logger log = LoggerFactory.getLogger(MailingReviews.class);

    /** How a production moved, as the authors' mail says it. */
    public enum Move {
        CHANGES_REQUESTED("TraAM : des modifications sont demandées pour « %s »"),
        APPROVED_ACADEMICALLY("TraAM : « %s » est approuvée par l'académie et part en validation nationale"),
        APPROVED_NATIONALLY("TraAM : « %s » est validée nationalement, avant ses vérifications de publication"),
        PUBLISHED("TraAM : « %s » est publiée"),
        WITHDRAWN("TraAM : « %s » est retirée de la publication");

        private final String subject;

        Move(String subject) {
            this.subject = subject;
        }
    }

    private final Productions productions;
    private final Teams teams;
    private final MemberIdentities identities;
    private final Campaigns campaigns;
    private final Mails mails;
    private final ProductionsProperties properties;
    private final MeterRegistry meters;

    MailingReviews(Productions productions, Teams teams, MemberIdentities identities, Campaigns campaigns, Mails mails,
                ProductionsProperties properties, MeterRegistry meters) {
        this.productions = productions;
        this.teams = teams;
        this.identities = identities;
        this.campaigns = campaigns;
        this.mails = mails;
        this.properties = properties;
        this.meters = meters;
    }

    /** {@code ProductionSubmitted}: its reviewers at that stage. */
    public void submitted(InboundEvent<?> event, String productionId, int version, ReviewStage stage) {
        production(event, productionId).ifPresent(p -> awaitsReview(event, p, version, stage));
    }

    /**
     * {@code ProductionApproved}: at the academic stage no {@code ProductionSubmitted} follows, so the national
     * reviewers learn it awaits them from this event; the authors in either case.
     */
    public void approved(InboundEvent<?> event, String productionId, int version, ReviewStage stage) {
        production(event, productionId).ifPresent(p -> {
            if (stage == ReviewStage.ACADEMIC) {
                awaitsReview(event, p, version, ReviewStage.NATIONAL);
                moved(event, p, version, Move.APPROVED_ACADEMICALLY, resourceLink(p), null);
            } else {
                moved(event, p, version, Move.APPROVED_NATIONALLY, resourceLink(p), null);
            }
        });
    }

    /** {@code ProductionChangesRequested}: the authors, told a comment awaits them, not what it says. */
    public void changesRequested(InboundEvent<?> event, String productionId, int version) {
        production(event, productionId).ifPresent(p -> moved(event, p, version, Move.CHANGES_REQUESTED, resourceLink(p), null));
    }

    /** {@code ProductionPublished}: the authors, with its public page. */
    public void published(InboundEvent<?> event, String productionId, int version, String url) {
        production(event, productionId).ifPresent(p -> moved(event, p, version, Move.PUBLISHED, url, null));
    }

    /** {@code ProductionWithdrawn}: the authors, with the public reason. */
    public void withdrawn(InboundEvent<?> event, String productionId, String reason) {
        production(event, productionId).ifPresent(p ->
                moved(event, p, p.current().number(), Move.WITHDRAWN, resourceLink(p), reason));
    }

    private void awaitsReview(InboundEvent<?> event, Production production, int version, ReviewStage stage) {
        Map<String, Object> model = model(production, version);
        model.put("national", stage == ReviewStage.NATIONAL);
        model.put("link", resourceLink(production));
        String subject = "TraAM : une production attend votre relecture : « " + model.get("title") + " »";
        send(event, AWAITS_REVIEW, addresses(event, AWAITS_REVIEW, reviewers(production, stage)), subject, model);
    }

    private void moved(InboundEvent<?> event, Production production, int version, Move move, String link, String reason) {
        Map<String, Object> model = model(production, version);
        model.put("move", move.name());
        model.put("link", link);
        model.put("reason", reason == null ? "" : reason);
        String subject = move.subject.formatted(model.get("title"));
        send(event, MOVED, addresses(event, MOVED, authors(production)), subject, model);
    }

    private void send(InboundEvent<?> event, String kind, Set<String> addresses, String subject, Map<String, Object> model) {
        for (String address : addresses) {
            // One mail per recipient, to them alone: nobody reads another's address.
            if (!mails.store(new MailRequest(event.id(), kind, address, subject, model))) {
                log.debug("{} mail of event {} already stored for one recipient", kind, event.id());
            }
        }
    }

    /** What every mail of the production says: what its page or its draft shows its readers anyway. */
    private Map<String, Object> model(Production production, int version) {
        Authorship authorship = production.authorship();
        ThemeReference theme = authorship.theme();
        String title = production.version(version).map(ProductionVersion::writing).orElse(production.current().writing()).title();
        Map<String, Object> model = new HashMap<>();
        model.put("title", title);
        model.put("kind", ReadingCatalogue.kindLabel(production.type().name()));
        model.put("group", authorship.national() || authorship.academy() == null
                ? "groupe national du thème" : "groupe de l'académie de " + authorship.academy().name());
        model.put("theme", theme.title());
        model.put("schoolYear", theme.schoolYear());
        model.put("version", version);
        return model;
    }

    /**
     * Who reviews at {@code stage}, by member id or, for a leading expert without a seat, the member ids their token
     * subject is recognised by (none: they have no address here, and are skipped).
     */
    private List<Person> reviewers(Production production, ReviewStage stage) {
        Authorship authorship = production.authorship();
        List<Person> reviewers = new ArrayList<>();
        if (stage == ReviewStage.ACADEMIC) {
            teams.find(authorship.groupId()).filter(Team::active).ifPresent(team ->
                    seated(team, MemberRole.PILOTING_INSPECTOR).forEach(id -> reviewers.add(Person.member(id))));
            return reviewers;
        }
        ThemeReference theme = authorship.theme();
        teams.nationalOf(theme.campaignId(), theme.themeId()).filter(Team::active).ifPresent(team ->
                seated(team, MemberRole.DNE_EXPERT).forEach(id -> reviewers.add(Person.member(id))));
        for (DneExpert expert : leadingExperts(theme)) {
            reviewers.add(new Person(expert.id(), identities.recognising(null, expert.id())));
        }
        return reviewers;
    }

    /** The members of its group but those who review it there; for the synthesis, the national group's DNE experts. */
    private List<Person> authors(Production production) {
        Optional<Team> group = teams.find(production.authorship().groupId()).filter(Team::active);
        if (group.isEmpty()) {
            return List.of();
        }
        if (production.type() == ProductionType.SYNTHESIS) {
            return seated(group.get(), MemberRole.DNE_EXPERT).stream().map(Person::member).toList();
        }
        MemberRole reviewing = production.authorship().national() ? MemberRole.DNE_EXPERT : MemberRole.PILOTING_INSPECTOR;
        return group.get().members().stream().filter(s -> s.role() != reviewing).map(s -> Person.member(s.memberId())).toList();
    }

    /** Each person's address once, whoever they are to the production; those with none skipped and counted. */
    private Set<String> addresses(InboundEvent<?> event, String kind, List<Person> people) {
        Set<String> addresses = new LinkedHashSet<>();
        for (Person person : people) {
            Optional<String> address = person.memberIds().stream().map(identities::addressOf).flatMap(Optional::stream).findFirst();
            if (address.isEmpty()) {
                log.info("no {} mail for {} (event {}): no address known", kind, person.id(), event.id());
                meters.counter("traam.mail.skipped", "kind", kind, "reason", "no-address").increment();
            } else {
                addresses.add(address.get());
            }
        }
        return addresses;
    }

    private List<DneExpert> leadingExperts(ThemeReference theme) {
        return campaigns.find(new CampaignId(theme.campaignId())).flatMap(c -> c.theme(new ThemeId(theme.themeId())))
                .map(Theme::experts).orElse(List.of());
    }

    private static List<String> seated(Team team, MemberRole role) {
        return team.members().stream().filter(s -> s.role() == role).map(Team.Seat::memberId).toList();
    }

    private Optional<Production> production(InboundEvent<?> event, String productionId) {
        Optional<Production> production = productions.find(new ProductionId(productionId));
        if (production.isEmpty()) {
            log.warn("no review mail for event {}: production {} is unknown here", event.id(), productionId);
        }
        return production;
    }

    /** The production's resource at the gateway, which its authors and reviewers read with their token. */
    private String resourceLink(Production production) {
        String base = properties.publicBaseUrl().toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/api/productions/" + production.id().value();
    }

    /** Someone to mail: a member id, or a leading expert's id with the member ids it is recognised by. */
    private record Person(String id, Set<String> memberIds) {

        static Person member(String memberId) {
            return new Person(memberId, Set.of(memberId));
        }
    }
}
