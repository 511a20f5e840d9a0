package fr.education.traam.dissemination.site;

import fr.education.traam.contract.EventCatalogue;
import fr.education.traam.contract.EventDefinition;
import fr.education.traam.contract.Topics;
import fr.education.traam.contract.candidatures.AcademySelected;
import fr.education.traam.contract.candidatures.CandidatureRevised;
import fr.education.traam.contract.candidatures.CandidatureSubmitted;
import fr.education.traam.contract.candidatures.SelectionAmended;
import fr.education.traam.contract.productions.ProductionApproved;
import fr.education.traam.contract.productions.ProductionChangesRequested;
import fr.education.traam.contract.productions.ProductionDrafted;
import fr.education.traam.contract.productions.ProductionRevised;
import fr.education.traam.contract.productions.ProductionSubmitted;
import fr.education.traam.kit.domain.Refused;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a site wants to receive: event types of the catalogue, and whether only those concerning its own académie.
 *
 * <p>Only types of the topics this service follows can be subscribed to, which are public: the selected teams travel on
 * a restricted topic this service does not bind (ADR 22). {@code AcademySelected} and {@code SelectionAmended} carry
 * no team any more, but still the experts' rationale for each académie (and the amending expert), which the public read
 * of a selection leaves out (ADR 8), so they stay out of webhooks, as do the candidatures' submitted and revised events
 * (ADR 11), and so do a production's review events: a draft and its review are not public, only its publication is.
 * A website is public, and what it receives is meant to be published.
 */
public record Subscription(Set<String> eventTypes, Scope scope) {

    private static final Set<String> FOLLOWED_TOPICS = Set.of(Topics.CAMPAIGNS, Topics.CANDIDATURES, Topics.PRODUCTIONS);
    private static final Set<Class<?>> NOT_FOR_WEBSITES = Set.of(AcademySelected.class, SelectionAmended.class,
            CandidatureSubmitted.class, CandidatureRevised.class, ProductionDrafted.class, ProductionRevised.class,
            ProductionSubmitted.class, ProductionChangesRequested.class, ProductionApproved.class);

    public Subscription {
        if (eventTypes == null || eventTypes.isEmpty()) {
            throw Refused.invalid("subscription.eventTypes", "name at least one event type: " + subscribable());
        }
        for (String type : eventTypes) {
            if (!subscribable().contains(type)) {
                throw Refused.invalid("subscription.eventTypes", type + " cannot be subscribed to; the types are " + subscribable());
            }
        }
        eventTypes = Set.copyOf(new TreeSet<>(eventTypes));
        if (scope == null) {
            throw Refused.invalid("subscription.scope", "choose OWN_ACADEMY or ALL");
        }
    }

    /** Every type a site may subscribe to, in the catalogue's order. */
    public static List<String> subscribable() {
        return EventCatalogue.all().stream()
                .filter(definition -> FOLLOWED_TOPICS.contains(definition.topic()) && !NOT_FOR_WEBSITES.contains(definition.javaType()))
                .map(EventDefinition::type).toList();
    }

    /** Whether an event of {@code type} reaching {@code reach} belongs to this subscription of a site of {@code academy}. */
    public boolean covers(String type, Reach reach, String academy) {
        return eventTypes.contains(type) && (scope == Scope.ALL || reach.concerns(academy));
    }
}
