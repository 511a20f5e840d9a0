package fr.education.traam.dissemination.newsletter.application;

import fr.education.traam.campaignview.Campaign;
import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.campaignview.CampaignNotYetKnown;
import fr.education.traam.campaignview.Campaigns;
import fr.education.traam.campaignview.Theme;
import fr.education.traam.campaignview.ThemeId;
import fr.education.traam.contract.TraamEvent;
import fr.education.traam.contract.campaigns.CampaignPhase;
import fr.education.traam.contract.campaigns.CampaignPhaseAdvanced;
import fr.education.traam.contract.candidatures.AcademyDetails;
import fr.education.traam.contract.candidatures.NationalSelectionAmended;
import fr.education.traam.contract.candidatures.NationalSelectionPublished;
import fr.education.traam.contract.candidatures.SelectionDecision;
import fr.education.traam.contract.productions.ProductionPublished;
import fr.education.traam.contract.productions.ProductionType;
import fr.education.traam.contract.productions.ProductionWithdrawn;
import fr.education.traam.dissemination.newsletter.EditionLine;
import fr.education.traam.dissemination.newsletter.EditionLineId;
import fr.education.traam.dissemination.newsletter.EditionLines;
import fr.education.traam.dissemination.newsletter.LineSubject;
import fr.education.traam.dissemination.newsletter.NewsItem;
import fr.education.traam.dissemination.newsletter.NewsKind;
import fr.education.traam.kit.inbox.InboundEvent;
import fr.education.traam.reference.Academy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns what happens on the platform into news items, one per edition line concerned: the theme's line and each
 * of its disciplines' lines, opened on first need. Each item's id is its event's id and lands by a conditional
 * push guarded by the ids the line has gathered: the effect carries its event (ADR 14), so a redelivered event adds
 * nothing and an item the editor removed never comes back.
 *
 * <p>Sources: an opening call ({@code traam.campaigns}, read once the campaign view has applied it), a theme's published
 * national selection ({@code NationalSelectionPublished} on {@code traam.candidatures}: one item naming every
 * académie retained, rather than one per {@code AcademySelected}, which would fill a line with six items for one
 * decision), its amendments ({@code NationalSelectionAmended}, which rewrite that item or correct it, ADR 19) and a
 * published production ({@code traam.productions}), whose withdrawal takes its news out of the drafts still open.
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
    private final DisseminationProperties properties;
    private final Clock clock;

    public GatheringNews(EditionLines lines, Campaigns campaigns, DisseminationProperties properties, Clock clock) {
        this.lines = lines;
        this.campaigns = campaigns;
        this.properties = properties;
        this.clock = clock;
    }

    /** Turns one event into news when it is some: an opening call, a published selection, a published production. */
    public void gather(InboundEvent<TraamEvent> event) {
        Instant at = event.time() == null ? clock.instant() : event.time();
        if (event.data() instanceof CampaignPhaseAdvanced advanced && advanced.to() == CampaignPhase.CALL_OPEN) {
            callOpened(event.id(), at, campaign(event, advanced.campaignId()), advanced);
        } else if (event.data() instanceof NationalSelectionPublished published) {
            selectionPublished(event, at, published);
        } else if (event.data() instanceof NationalSelectionAmended amended) {
            selectionAmended(event, at, amended);
        } else if (event.data() instanceof ProductionPublished published) {
            productionPublished(event.id(), at, published);
        } else if (event.data() instanceof ProductionWithdrawn withdrawn) {
            productionWithdrawn(withdrawn);
        }
    }

    /** The call of {@code campaign} opened: news for each of its themes' lines and each of its disciplines' lines. */
    private void callOpened(String eventId, Instant at, Campaign campaign, CampaignPhaseAdvanced opened) {
        if (campaign.themes().isEmpty()) {
            log.warn("call of campaign {} opened but its themes are unknown here: no news", campaign.id());
            return;
        }
        Map<LineSubject, NewsItem> news = new LinkedHashMap<>();
        String campaignLink = properties.link("/api/campaigns/" + campaign.id());
        for (Theme theme : campaign.themes()) {
            news.put(LineSubject.theme(campaign.id().value(), theme.id().value(), theme.title()), new NewsItem(eventId, NewsKind.CALL_OPEN,
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
    private void selectionPublished(InboundEvent<TraamEvent> event, Instant at, NationalSelectionPublished published) {
        String eventId = event.id();
        Optional<Theme> theme = campaign(event, published.campaignId()).theme(new ThemeId(published.themeId()));
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
                properties.link("/api/candidatures/selections/" + published.campaignId() + "/" + published.themeId()), at, null,
                new NewsItem.SelectionRevision(published.selectionId(), 0));
        Map<LineSubject, NewsItem> news = new LinkedHashMap<>();
        news.put(LineSubject.theme(published.campaignId(), published.themeId(), theme.get().title()), item);
        theme.get().disciplines().forEach(discipline -> news.put(LineSubject.discipline(discipline), item));
        gather(news, at);
    }

    /**
     * A theme's national selection was amended: each of its lines rewrites the selection's news still in its draft, or,
     * when an edition published it already, gathers a correction for the next one (ADR 19).
     */
    private void selectionAmended(InboundEvent<TraamEvent> event, Instant at, NationalSelectionAmended amended) {
        Optional<Theme> theme = campaign(event, amended.campaignId()).theme(new ThemeId(amended.themeId()));
        if (theme.isEmpty()) {
            log.warn("selection {} amended for a theme unknown here: no news", amended.selectionId());
            return;
        }
        String themeTitle = theme.get().title();
        List<String> retained = amended.selected().stream().map(Academy::nameOf).toList();
        String standing = (retained.isEmpty() ? "Aucune académie n'est retenue" : "Académies retenues : " + String.join(", ", retained))
                + " (" + retained.size() + " sur " + amended.capacity() + " places).";
        String change = "l'académie de " + amended.academy().name()
                + (amended.to() == SelectionDecision.SELECTED ? " est désormais retenue" : " n'est plus retenue");
        String link = properties.link("/api/candidatures/selections/" + amended.campaignId() + "/" + amended.themeId());
        NewsItem.SelectionRevision revision = new NewsItem.SelectionRevision(amended.selectionId(), amended.revision());
        NewsItem announcement = new NewsItem(event.id(), NewsKind.SELECTION_PUBLISHED, "Sélection nationale (corrigée) : "
                + retained.size() + (retained.size() > 1 ? " académies retenues" : " académie retenue") + " pour le thème « " + themeTitle + " »",
                standing + " Correction : " + change + ".", link, at, null, revision);
        NewsItem correction = new NewsItem(event.id(), NewsKind.SELECTION_AMENDED,
                "Correction : sélection nationale du thème « " + themeTitle + " »",
                Character.toUpperCase(change.charAt(0)) + change.substring(1) + ". " + standing,
                link, at, null, revision);
        List<LineSubject> subjects = new ArrayList<>();
        subjects.add(LineSubject.theme(amended.campaignId(), amended.themeId(), themeTitle));
        theme.get().disciplines().forEach(discipline -> subjects.add(LineSubject.discipline(discipline)));
        for (LineSubject subject : subjects) {
            lines.open(EditionLine.open(subject, at));
            changeLine(subject.lineId(), line -> line.followAmendment(announcement, correction));
        }
    }

    /**
     * A production was withdrawn: its news leaves every draft that holds it, whichever lines its publication reached (the
     * withdrawal does not list the disciplines); published editions keep it. A redelivered withdrawal finds nothing left.
     */
    private void productionWithdrawn(ProductionWithdrawn withdrawn) {
        for (EditionLine line : lines.drafting(withdrawn.productionId())) {
            changeLine(line.id(), drafted -> drafted.withdrawProduction(withdrawn.productionId()));
            log.info("news of withdrawn production {} taken out of the draft of {}", withdrawn.productionId(), line.id());
        }
    }

    /** An editor may change the line meanwhile: read it again and retry, a few times, before leaving it to the binder's retries. */
    private void changeLine(EditionLineId lineId, Function<EditionLine, EditionLine.Changed> change) {
        for (int attempt = 1; ; attempt++) {
            EditionLine line = lines.find(lineId).orElseThrow();
            EditionLine.Changed changed = change.apply(line);
            if (changed.line().equals(line)) {
                return;
            }
            try {
                lines.save(changed);
                return;
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                if (attempt == 3) {
                    throw changedMeanwhile;
                }
            }
        }
    }

    private void productionPublished(String eventId, Instant at, ProductionPublished published) {
        NewsItem item = NewsItem.ofProduction(eventId, published.productionId(), published.title(),
                TYPE_LABELS.get(published.type()) + " " + credit(published) + ", thème « "
                        + published.theme().title() + " », sous licence " + published.licence() + ". " + published.summary(),
                published.url(), at);
        Map<LineSubject, NewsItem> news = new LinkedHashMap<>();
        news.put(LineSubject.theme(published.theme().campaignId(), published.theme().themeId(), published.theme().title()), item);
        published.disciplines().forEach(discipline -> news.put(LineSubject.discipline(discipline), item));
        gather(news, at);
    }

    /**
     * Who wrote it: its académie, the co-authoring académies of a national production (a training module), or the national
     * group alone (a theme's synthesis). "de l'académie d'Amiens", "avec les académies de Lyon et de Grenoble".
     */
    private static String credit(ProductionPublished published) {
        if (published.academy() != null) {
            return "de l'académie " + Academy.ofName(published.academy().name());
        }
        List<String> names = published.academies().stream().map(AcademyDetails::name).map(Academy::ofName).toList();
        if (names.isEmpty()) {
            return "du groupe national TraAM";
        }
        return "du groupe national TraAM avec " + (names.size() == 1 ? "l'académie " + names.get(0)
                : "les académies " + String.join(", ", names.subList(0, names.size() - 1)) + " et " + names.get(names.size() - 1));
    }

    /**
     * The view of the campaign an event concerns. Its creation reached {@code traam.campaigns} before anything could
     * happen in it; when the view does not know it the event fails, to be dead-lettered and replayed, not lost.
     */
    private Campaign campaign(InboundEvent<TraamEvent> event, String campaignId) {
        CampaignId id = new CampaignId(campaignId);
        return campaigns.find(id).orElseThrow(() -> new CampaignNotYetKnown(event.type(), event.id(), id));
    }

    private void gather(Map<LineSubject, NewsItem> news, Instant at) {
        news.forEach((subject, item) -> {
            lines.open(EditionLine.open(subject, at));
            lines.gather(subject.lineId(), item);
        });
        log.debug("news {} gathered into {}", news.values().stream().findFirst().map(NewsItem::id).orElse(""),
                news.keySet().stream().map(s -> s.lineId().value()).collect(Collectors.joining(", ")));
    }
}
