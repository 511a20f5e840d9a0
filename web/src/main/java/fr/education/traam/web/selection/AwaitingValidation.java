package fr.education.traam.web.selection;

import fr.education.traam.web.production.ProductionLabels;

import java.util.List;

/**
 * The productions that await a DNE expert on the themes they lead: those the productions service lets them review now
 * (submitted at the national stage) and those approved that they may publish, as its {@code actions} say.
 */
public record AwaitingValidation(List<Item> toReview, List<Item> toPublish) {

    /** A production of a theme, as the list shows it; its page is {@code /espace/productions/{id}}. */
    public record Item(String id, String title, String kind, String themeTitle, String academyName, int version) {

        public String href() {
            return "/espace/productions/" + id;
        }

        public String kindLabel() {
            return ProductionLabels.kind(kind);
        }
    }

    /** The productions API's answer, as this page reads it. */
    public record Production(String id, String type, String status, String stage, int version, Theme theme, Academy academy,
                             String title, List<String> actions) {
    }

    public record Theme(String campaignId, String themeId, String title) {
    }

    public record Academy(String code, String name) {
    }

    static AwaitingValidation of(List<Production> productions) {
        List<Production> distinct = productions.stream().collect(java.util.stream.Collectors.toMap(Production::id, p -> p, (a, b) -> a,
                java.util.LinkedHashMap::new)).values().stream().toList();
        return new AwaitingValidation(items(distinct, "review"), items(distinct, "publish"));
    }

    private static List<Item> items(List<Production> productions, String action) {
        return productions.stream().filter(p -> p.actions() != null && p.actions().contains(action))
                .map(p -> new Item(p.id(), p.title(), p.type(), p.theme() == null ? "" : p.theme().title(),
                        p.academy() == null ? null : p.academy().name(), p.version()))
                .toList();
    }

    public boolean none() {
        return toReview.isEmpty() && toPublish.isEmpty();
    }
}
