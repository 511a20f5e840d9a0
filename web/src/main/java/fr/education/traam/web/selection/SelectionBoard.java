package fr.education.traam.web.selection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the selection board shows of a theme: one card per académie with a live candidature (its projects, its team's
 * size, its kind and the decision recorded), the theme's seats filled by the académies selected so far, and what the
 * campaign's phase allows (decide before publication, amend after it until year one starts).
 *
 * @param version the selection's {@code ETag}, sent back as {@code If-Match} by every form of the board
 */
public record SelectionBoard(String campaignId, String themeId, String themeTitle, String phase, boolean secondYear, int capacity,
                      boolean published, int continuations, List<Card> cards, List<Seat> seats, List<AmendmentLine> amendments,
                      String version) {

    /** Phases in which the candidatures service takes an amendment after publication. */
    private static final List<String> AMENDABLE = List.of("NATIONAL_SELECTION", "LAUNCH_PREPARATION");

    /** Continuing académies a second-year theme needs before it publishes (docs/api/candidatures.md). */
    static final int CONTINUATIONS_NEEDED = 3;

    public record Card(String academyCode, String academyName, String region, String kind, List<String> projects, int teamSize,
                String decision, String rationale, String yearOne) {

        public boolean decided() {
            return decision != null;
        }

        public boolean selected() {
            return "SELECTED".equals(decision);
        }

        public String kindLabel() {
            return kindLabel(kind);
        }

        static String kindLabel(String kind) {
            return switch (kind == null ? "" : kind) {
                case "CONTINUATION" -> "Continuation (deuxième année)";
                case "NEW_ENTRY" -> "Nouvelle entrée (deuxième année)";
                default -> "Candidature de première année";
            };
        }

        public String decisionLabel() {
            return SelectionBoard.decisionLabel(decision);
        }

        /** Whether the first year was checked against a selection published here, or vouched for by the experts. */
        public String yearOneLabel() {
            return switch (yearOne == null ? "" : yearOne) {
                case "VERIFIED" -> "première année vérifiée sur la plateforme";
                case "NOT_KNOWN_HERE" -> "première année antérieure à la plateforme";
                default -> null;
            };
        }
    }

    /** A seat of the theme: the académie that fills it, or none. */
    public record Seat(int number, String academyName) {

        public boolean empty() {
            return academyName == null;
        }
    }

    public record AmendmentLine(String academyName, String from, String to, String rationale) {

        public String fromLabel() {
            return SelectionBoard.decisionLabel(from);
        }

        public String toLabel() {
            return SelectionBoard.decisionLabel(to);
        }
    }

    static String decisionLabel(String decision) {
        return switch (decision == null ? "" : decision) {
            case "SELECTED" -> "Retenue";
            case "NOT_RETAINED" -> "Non retenue";
            default -> "Pas encore décidée";
        };
    }

    static SelectionBoard of(String campaignPhase, String themeTitle, SelectionJson.Sheet sheet,
                             List<SelectionJson.Candidature> candidatures, String version) {
        Map<String, SelectionJson.Candidature> byId = candidatures.stream()
                .collect(Collectors.toMap(SelectionJson.Candidature::id, Function.identity(), (a, b) -> a));
        List<Card> cards = sheet.applicants().stream().map(applicant -> {
            SelectionJson.Candidature candidature = byId.get(applicant.candidatureId());
            List<String> projects = candidature == null || candidature.projects() == null ? List.of()
                    : candidature.projects().stream().map(SelectionJson.Project::title).toList();
            int teamSize = candidature == null || candidature.team() == null ? 0 : candidature.team().size();
            return new Card(applicant.academy().code(), applicant.academy().name(), applicant.academy().region(), applicant.kind(),
                    projects, teamSize, applicant.decision(), applicant.rationale(), applicant.yearOne());
        }).toList();
        List<String> selected = cards.stream().filter(Card::selected).map(Card::academyName).toList();
        List<Seat> seats = new ArrayList<>();
        for (int i = 0; i < Math.max(sheet.capacity(), selected.size()); i++) {
            seats.add(new Seat(i + 1, i < selected.size() ? selected.get(i) : null));
        }
        List<AmendmentLine> amendments = sheet.amendments() == null ? List.of() : sheet.amendments().stream()
                .map(a -> new AmendmentLine(a.academy().name(), a.from(), a.to(), a.rationale())).toList();
        return new SelectionBoard(sheet.campaignId(), sheet.themeId(), themeTitle, campaignPhase, "SECOND_YEAR".equals(sheet.cycle()),
                sheet.capacity(), "PUBLISHED".equals(sheet.status()), sheet.continuations(), cards, seats, amendments, version);
    }

    /** Decisions are drafted during the national selection phase, until the experts publish. */
    public boolean canDecide() {
        return !published && "NATIONAL_SELECTION".equals(phase);
    }

    public boolean canAmend() {
        return published && AMENDABLE.contains(phase);
    }

    public long filledSeats() {
        return seats.stream().filter(seat -> !seat.empty()).count();
    }

    /** Académies without a decision: publication records them as not retained. */
    public List<String> undecided() {
        return cards.stream().filter(card -> !card.decided()).map(Card::academyName).toList();
    }
}
