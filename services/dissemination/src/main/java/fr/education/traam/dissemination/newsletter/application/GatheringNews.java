package fr.education.traam.dissemination.newsletter.application;

import fr.education.traam.contract.EventCatalogue;
import fr.education.traam.contract.TraamEvent;
import fr.education.traam.contract.Topics;
import fr.education.traam.contract.campaigns.CampaignPhaseAdvanced;
import fr.education.traam.contract.candidatures.NationalSelectionPublished;
import fr.education.traam.contract.productions.ProductionPublished;
import fr.education.traam.contract.productions.ProductionType;
import fr.education.traam.dissemination.campaign.Campaign;
import fr.education.traam.dissemination.campaign.Campaigns;
import fr.education.traam.dissemination.campaign.Theme;
import fr.education.traam.dissemination.newsletter.EditionLine;
import fr.education.traam.dissemination.newsletter.EditionLines;
import fr.education.traam.dissemination.newsletter.LineSubject;
import fr.education.traam.dissemination.newsletter.NewsItem;
import fr.education.traam.dissemination.newsletter.NewsKind;
import fr.education.traam.dissemination.reference.Academy;
import fr.education.traam.kit.inbox.InboundEvent;
import fr.education.traam.kit.inbox.Inbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns what happens on the platform into news items, one per edition line concerned: the theme's line and each
 * of its disciplines' lines, opened on first need. Each item's id is its event's id and lands by a conditional
 * push, so the effect is idempotent by construction beneath the inbox.
 *
 * <p>Sources: an opening call ({@code traam.campaigns}, through {@code FollowingCampaigns}), a theme's published
 * national selection ({@code NationalSelectionPublished} on {@code traam.candidatures}: one item naming every
 * académie retained, rather than one per {@code AcademySelected}, which would fill a line with six items for one
 * decision) and a published production ({@code traam.productions}).
 */
@Service
public class GatheringNews {

    private static final Logger log = LoggerFactory.getLogger(GatheringNews.class);
    private static final Map<ProductionType, String> TYPE_LABELS = Map.of(
            ProductionType.SCENARIO, "Scénario pédagogique",
            ProductionType.TRAINING_MODULE, "Module de formation",
            ProductionType.ACADEMIC_REPORT, "Bilan académique",
            ProductionType.COMMUNICATION_SUPPORT, "Support de communication",
            ProductionType.SYNTHESIS, "Synthèse");

    private final EditionLines lines;
    private final Campaigns campaigns;
    private final Inbox inbox;
    private final DisseminationProperties properties;
    private final Clock clock;

    public GatheringNews(EditionLines lines, Campaigns campaigns, Inbox inbox, DisseminationProperties properties, Clock clock) {
        this.lines = lines;
        this.campaigns = campaigns;
        this.inbox = inbox;
        this.properties = properties;
        this.clock = clock;
    }

    /** Applies one event of {@code traam.productions}, once; other types are not news (yet). */
    public void followProductions(InboundEvent<TraamEvent> event) {
        if (!Topics.PRODUCTIONS.equals(EventCatalogue.of(event.data()).topic())) {
            return;
        }
        if (event.data() instanceof ProductionPublished published) {
            inbox.applyOnce(event, () -> productionPublished(event.id(), timeOf(event), published));
        }
    }

    /** Applies one event of {@code traam.candidatures}, once: a published national selection is news. */
    public void followCandidatures(InboundEvent<TraamEvent> event) {
        if (!Topics.CANDIDATURES.equals(EventCatalogue.of(event.data()).topic())) {
            return;
        }
        if (event.data() instanceof NationalSelectionPublished published) {
            inbox.applyOnce(event, () -> selectionPublished(event.id(), timeOf(event), published));
        }
    }

    /** The call of {@code campaign} opened: news for each of its themes' lines and each of its disciplines' lines. */
    public void callOpened(String eventId, Instant at, Campaign campaign, CampaignPhaseAdvanced opened) {
        if (campaign.themes().isEmpty()) {
            log.warn("call of campaign {} opened but its themes are unknown here: no news", campaign.id());
            return;
        }
        Map<LineSubject, NewsItem> news = new LinkedHashMap<>();
        String campaignLink = properties.link("/api/campaigns/" + campaign.id());
        for (Theme theme : campaign.themes()) {
            news.put(LineSubject.theme(campaign.id(), theme.id(), theme.title()), new NewsItem(eventId, NewsKind.CALL_OPEN,
                    "Appel à projets " + opened.title() + " : le thème « " + theme.title() + " » est ouvert",
                    "Les académies peuvent candidater au thème « " + theme.title() + " » (" + String.join(", ", theme.disciplines())
                            + ") de la campagne " + opened.schoolYear() + ".",
                    campaignLink + "/themes/" + theme.id(), at, null));
        }
        for (String discipline : campaign.disciplines()) {
            List<String> titles = campaign.themes().stream().filter(t -> t.disciplines().contains(discipline))
                    .map(t -> "« " + t.title() + " »").toList();
            news.put(LineSubject.discipline(discipline), new NewsItem(eventId, NewsKind.CALL_OPEN,
                    "Appel à projets " + opened.title() + " ouvert",
                    (titles.size() == 1 ? "Le thème " : "Les thèmes ") + String.join(", ", titles) + " concerne"
                            + (titles.size() == 1 ? "" : "nt") + " la discipline " + discipline + " ; les académies peuvent candidater.",
                    campaignLink, at, null));
        }
        gather(news, at);
    }

    /**
     * A theme's national selection is published: news in the theme's line and each of its disciplines' lines. The
     * theme's title and disciplines come from the campaigns view, which {@code traam.campaigns} filled long before
     * (a campaign is created, then opened, before anyone applies).
     */
    private void selectionPublished(String eventId, Instant at, NationalSelectionPublished published) {
        Optional<Theme> theme = campaigns.find(published.campaignId())
                .flatMap(campaign -> campaign.themes().stream().filter(t -> t.id().equals(published.themeId())).findFirst());
        if (theme.isEmpty()) {
            log.warn("selection {} published for a theme unknown here: no news", published.selectionId());
            return;
        }
        List<String> retained = published.selected().stream().map(Academy::nameOf).toList();
        String title = "Sélection nationale : " + retained.size() + (retained.size() > 1 ? " académies retenues" : " académie retenue")
                + " pour le thème « " + theme.get().title() + " »";
        String summary = (retained.isEmpty() ? "Aucune académie n'est retenue" : "Académies retenues : " + String.join(", ", retained))
                + " (" + published.selectedCount() + " sur " + published.capacity() + " places, "
                + (published.selectedCount() + published.notRetainedCount()) + " candidatures).";
        NewsItem item = new NewsItem(eventId, NewsKind.SELECTION_PUBLISHED, title, summary,
                properties.link("/api/candidatures/selections/" + published.campaignId() + "/" + published.themeId()), at, null);
        Map<LineSubject, NewsItem> news = new LinkedHashMap<>();
        news.put(LineSubject.theme(published.campaignId(), published.themeId(), theme.get().title()), item);
        theme.get().disciplines().forEach(discipline -> news.put(LineSubject.discipline(discipline), item));
        gather(news, at);
    }

    private void productionPublished(String eventId, Instant at, ProductionPublished published) {
        NewsItem item = new NewsItem(eventId, NewsKind.PRODUCTION_PUBLISHED, published.title(),
                TYPE_LABELS.get(published.type()) + " de l'académie de " + published.academy().name() + ", thème « "
                        + published.theme().title() + " », sous licence " + published.licence() + ". " + published.summary(),
                published.url(), at, null);
        Map<LineSubject, NewsItem> news = new LinkedHashMap<>();
        news.put(LineSubject.theme(published.theme().campaignId(), published.theme().themeId(), published.theme().title()), item);
        published.disciplines().forEach(discipline -> news.put(LineSubject.discipline(discipline), item));
        gather(news, at);
    }

    private void gather(Map<LineSubject, NewsItem> news, Instant at) {
        news.forEach((subject, item) -> {
            lines.open(EditionLine.open(subject, at));
            lines.gather(subject.lineId(), item);
        });
        log.debug("news {} gathered into {}", news.values().stream().findFirst().map(NewsItem::id).orElse(""),
                news.keySet().stream().map(s -> s.lineId().value()).collect(Collectors.joining(", ")));
    }

    private Instant timeOf(InboundEvent<?> event) {
        return event.time() == null ? clock.instant() : event.time();
    }
}
