package fr.education.traam.web.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The campaigns', candidatures' and groups' public answers as these pages read them (docs/api/*.md). */
public final class CampaignJson {

    private CampaignJson() {
    }

    public record CampaignPage(List<Campaign> items, int page, int size, long total) {
    }

    public record Campaign(String id, String schoolYear, String title, String phase, String nextPhase, LocalDate nextPhaseStarts,
                    Calendar calendar, List<Theme> themes) {

        /** Open or running: past its draft and not yet closed. */
        public boolean current() {
            return !"DRAFT".equals(phase) && !"CLOSED".equals(phase);
        }

        public String phaseLabel() {
            return Phase.labelOf(phase);
        }
    }

    public record Calendar(LocalDate callOpening, LocalDate academicSelectionDeadline, LocalDate nationalSelection, LocalDate launch,
                    LocalDate yearTwoStart, LocalDate closing) {
    }

    public record Theme(String id, String title, String description, String kind, List<String> disciplines, List<Expert> experts,
                 int capacity, String cycle, String continuesThemeId) {

        public String kindLabel() {
            return switch (kind == null ? "" : kind) {
                case "DISCIPLINARY" -> "Disciplinaire";
                case "INTERDISCIPLINARY" -> "Interdisciplinaire";
                case "TRANSDISCIPLINARY" -> "Transdisciplinaire";
                default -> "";
            };
        }

        public boolean secondYear() {
            return "SECOND_YEAR".equals(cycle);
        }
    }

    public record Expert(String id, String name) {
    }

    public record Selection(String campaignId, String themeId, String cycle, int capacity, Instant publishedAt, List<Selected> selected,
                     List<Academy> notRetained, List<Amendment> amendments) {

        /** The day it was published, in Paris. */
        public LocalDate publishedOn() {
            return publishedAt == null ? null : LocalDate.ofInstant(publishedAt, CampaignPages.PARIS);
        }
    }

    public record Selected(Academy academy, String kind, String rationale) {
    }

    public record Amendment(Academy academy, String from, String to, Instant at) {
    }

    public record Academy(String code, String name) {
    }

    public record Group(String id, String kind, Academy academy, String state, String status, List<String> unmet, boolean compositionVisible) {

        public boolean national() {
            return "NATIONAL".equals(kind);
        }

        public boolean complete() {
            return "COMPLETE".equals(status);
        }
    }

    public record Catalogue(List<Production> results, long total) {
    }

    public record Production(String id, String kind, String title, String summary, List<CreditedAcademy> academies, Instant publishedAt) {
    }

    /** The catalogue names an académie's name {@code label}. */
    public record CreditedAcademy(String code, String label) {
    }
}
