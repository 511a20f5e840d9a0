package fr.education.traam.dissemination.social;

import fr.education.traam.contract.productions.ProductionType;
import fr.education.traam.kit.domain.EventDerivedId;
import fr.education.traam.kit.domain.Refused;
import fr.education.traam.reference.Academy;

import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A draft post for the éduscol social media accounts, announcing one published selection or production, or the
 * correction of a selection, as it waits in the {@link ReviewQueue}. Its id derives from the event's, so the same event twice is one draft. An editor may
 * rewrite its text while it is pending — it must keep its link and fit in 280 characters as X counts them
 * ({@link PostLength}) — then approves or discards it, once. Approving only marks it: nothing is posted anywhere.
 *
 * @param subject what the post is about (a theme's or a production's title), for the editor's list
 * @param link        where readers learn more; the text must always hold it
 * @param selectionId the national selection a draft about one tells, else null
 * @param revision    the revision of that selection its text tells (0 as published, one more per amendment, ADR 19)
 * @param productionId the production a draft about one announces, else null
 * @param reason       why the platform discarded it without an editor (its production was withdrawn), else null
 */
public record SocialPostDraft(
        String id,
        String eventId,
        SocialPostKind kind,
        String subject,
        String text,
        String link,
        ReviewStatus status,
        Instant createdAt,
        Instant editedAt,
        String editedBy,
        Instant decidedAt,
        String decidedBy,
        String selectionId,
        int revision,
        String productionId,
        String reason,
        long version) {

    public static final long NEW = -1;

    private static final Map<ProductionType, String> NEW_PRODUCTION = Map.of(
            ProductionType.SCENARIO, "Nouveau scénario pédagogique",
            ProductionType.TRAINING_MODULE, "Nouveau module de formation",
            ProductionType.ACADEMIC_REPORT, "Nouveau bilan académique",
            ProductionType.COMMUNICATION_SUPPORT, "Nouveau support de communication",
            ProductionType.SYNTHESIS, "Nouvelle synthèse");

    public SocialPostDraft {
        if (id == null || eventId == null || kind == null || status == null || createdAt == null) {
            throw new IllegalArgumentException("a draft post needs an id, an event, a kind, a status and a date");
        }
        if (link == null || link.isBlank()) {
            throw new IllegalArgumentException("draft post " + id + " has no link");
        }
    }

    /** The same for every instance and every redelivery of the event: a name-based UUID of its id. */
    public static String idFor(String eventId) {
        return EventDerivedId.of(eventId, "social-post-draft");
    }

    /** The post announcing a theme's published national selection, naming the académies retained when there is room. */
    public static SocialPostDraft forSelection(String eventId, Instant at, String selectionId, String themeTitle, List<String> retained,
                                               List<String> disciplines, String link) {
        return pending(eventId, SocialPostKind.SELECTION_PUBLISHED, themeTitle,
                selectionText("Sélection nationale : ", themeTitle, retained, disciplines, link), link, at, selectionId, 0, null);
    }

    /**
     * The post announcing amendment {@code revision} of a selection whose earlier posts were reviewed already: the
     * selection as it now stands, said to be corrected.
     */
    public static SocialPostDraft forAmendment(String eventId, Instant at, String selectionId, int revision, String themeTitle,
                                               List<String> retained, List<String> disciplines, String link) {
        return pending(eventId, SocialPostKind.SELECTION_AMENDED, themeTitle,
                selectionText("Sélection nationale corrigée : ", themeTitle, retained, disciplines, link), link, at, selectionId, revision, null);
    }

    /**
     * This pending draft of a selection, rewritten to tell its amendment {@code newRevision}: the editor's text, which named
     * the académies as they were, gives way to one composed from the selection as it now stands (ADR 19). Who last edited
     * it stays recorded.
     */
    public SocialPostDraft amended(int newRevision, List<String> retained, List<String> disciplines) {
        requirePending("rewritten");
        if (selectionId == null) {
            throw new IllegalStateException("draft post " + id + " is about no selection");
        }
        String opening = kind == SocialPostKind.SELECTION_PUBLISHED ? "Sélection nationale : " : "Sélection nationale corrigée : ";
        return new SocialPostDraft(id, eventId, kind, subject, selectionText(opening, subject, retained, disciplines, link), link, status,
                createdAt, editedAt, editedBy, null, null, selectionId, newRevision, productionId, reason, version);
    }

    private static String selectionText(String opening, String themeTitle, List<String> retained, List<String> disciplines, String link) {
        String before = retained.isEmpty() ? opening + "aucune académie retenue pour le thème « "
                : opening + retained.size() + (retained.size() > 1 ? " académies retenues" : " académie retenue") + " pour le thème « ";
        String detail = retained.isEmpty() ? "" : " : " + String.join(", ", retained);
        return SocialPostText.compose(before, themeTitle, " »", detail, link, disciplines);
    }

    /** The post announcing a published production of an académie, about no production id (its text alone matters). */
    public static SocialPostDraft forProduction(String eventId, Instant at, ProductionType type, String title, String academyName,
                                                List<String> disciplines, String link) {
        return forProduction(eventId, at, null, type, title, false,
                academyName == null || academyName.isBlank() ? List.of() : List.of(academyName), disciplines, link);
    }

    /**
     * The post announcing a published production: of its académie, or, when {@code national}, of the national group with
     * the académies that co-wrote it ({@code academyNames}, none for a theme's synthesis). Its production's withdrawal
     * finds it by {@code productionId}.
     */
    public static SocialPostDraft forProduction(String eventId, Instant at, String productionId, ProductionType type, String title,
                                                boolean national, List<String> academyNames, List<String> disciplines, String link) {
        List<String> names = academyNames.stream().filter(name -> name != null && !name.isBlank()).map(String::strip).toList();
        String credit;
        if (national) {
            credit = " du groupe national TraAM" + (names.isEmpty() ? "" : " avec " + academies(names));
        } else {
            credit = names.isEmpty() ? "" : " de " + academies(names);
        }
        String before = (type == null ? "Nouvelle production" : NEW_PRODUCTION.get(type)) + credit + " : « ";
        String text = SocialPostText.compose(before, title, " »", "", link, disciplines);
        return pending(eventId, SocialPostKind.PRODUCTION_PUBLISHED, title, text, link, at, null, 0, productionId);
    }

    public boolean pending() {
        return status == ReviewStatus.PENDING;
    }

    /** The draft with the editor's text, which must keep the link and fit in 280 characters as X counts them. */
    public SocialPostDraft edited(String newText, Instant at, String by) {
        requirePending("edited");
        if (newText == null || newText.isBlank()) {
            throw Refused.invalid("text", "a post has a text");
        }
        String normalized = Normalizer.normalize(newText.strip(), Normalizer.Form.NFC);
        int length = PostLength.of(normalized);
        if (length > PostLength.MAX) {
            throw Refused.invalid("text", "the text weighs " + length + " characters as X counts them (each link 23, "
                    + "\"…\" and emoji 2): at most " + PostLength.MAX);
        }
        if (!PostLength.linksIn(normalized).contains(link)) {
            throw Refused.invalid("text", "the text must keep its link " + link);
        }
        return new SocialPostDraft(id, eventId, kind, subject, normalized, link, status, createdAt, at, by, null, null, selectionId,
                revision, productionId, reason, version);
    }

    /** Approved for the éduscol accounts: marked, not posted. */
    public SocialPostDraft approved(Instant at, String by) {
        requirePending("approved");
        return decided(ReviewStatus.APPROVED, at, by, null);
    }

    public SocialPostDraft discarded(Instant at, String by) {
        requirePending("discarded");
        return decided(ReviewStatus.DISCARDED, at, by, null);
    }

    /**
     * Discarded by the platform, not by an editor ({@code decidedBy} stays empty): the production it announces was
     * withdrawn {@code at}, its link answers 410 Gone; {@code reason} says so, with the public reason given.
     */
    public SocialPostDraft withdrawn(Instant at, String withdrawalReason) {
        requirePending("discarded");
        return decided(ReviewStatus.DISCARDED, at, null, "Production retirée : " + withdrawalReason);
    }

    public int length() {
        return PostLength.of(text);
    }

    private static SocialPostDraft pending(String eventId, SocialPostKind kind, String subject, String text, String link, Instant at,
                                           String selectionId, int revision, String productionId) {
        return new SocialPostDraft(idFor(eventId), eventId, kind, subject, text, link, ReviewStatus.PENDING, at, null, null, null, null,
                selectionId, revision, productionId, null, NEW);
    }

    private SocialPostDraft decided(ReviewStatus decision, Instant at, String by, String why) {
        return new SocialPostDraft(id, eventId, kind, subject, text, link, decision, createdAt, editedAt, editedBy, at, by, selectionId,
                revision, productionId, why, version);
    }

    private void requirePending(String action) {
        if (!pending()) {
            throw new Refused(SocialRefusal.DRAFT_ALREADY_DECIDED, "draft post " + id + " is " + status + " since " + decidedAt + ": it can no longer be " + action);
        }
    }

    /** "l'académie de Lyon", "les académies de Lyon et d'Amiens". */
    private static String academies(List<String> names) {
        if (names.size() == 1) {
            return "l'académie " + Academy.ofName(names.get(0));
        }
        List<String> each = names.stream().map(Academy::ofName).toList();
        return "les académies " + String.join(", ", each.subList(0, each.size() - 1)) + " et " + each.get(each.size() - 1);
    }
}
