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

    /** A composition rule the group does not meet yet. */
    public record Unmet(String rule, String detail) {

        public String label() {
            return switch (rule == null ? "" : rule) {
                case "NO_DNE_EXPERT" -> "un expert de la DNE manque";
                case "TOO_MANY_DNE_EXPERTS" -> "plus de deux experts de la DNE";
                case "NO_INSPECTOR_GENERAL" -> "un inspecteur général manque";
                case "TOO_MANY_INSPECTORS_GENERAL" -> "plus d'un inspecteur général";
                case "REFERENT_MISSING" -> "le référent d'une académie retenue manque";
                case "NO_PILOTING_INSPECTOR" -> "l'inspecteur pilote manque";
                case "TOO_MANY_PILOTING_INSPECTORS" -> "plus d'un inspecteur pilote";
                case "CORPS_MAY_NOT_PILOT" -> "le corps de l'inspecteur ne peut pas piloter";
                case "TOO_FEW_TEACHERS" -> "moins de trois enseignants";
                case "NO_REFERENT" -> "le référent manque";
                case "TOO_MANY_REFERENTS" -> "plus d'un référent";
                case "NO_CARDIE_REPRESENTATIVE" -> "le représentant de la CARDIE manque";
                case "TOO_MANY_CARDIE_REPRESENTATIVES" -> "plus d'un représentant de la CARDIE";
                default -> "une règle de composition n'est pas remplie";
            };
        }
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

    public record Group(String id, String kind, Academy academy, String state, String status, List<Unmet> unmet, boolean compositionVisible) {

        /** What the composition still lacks, in French (the groups service's rules, docs/api/groups.md). */
        public List<String> unmetLabels() {
            return unmet == null ? List.of() : unmet.stream().map(Unmet::label).toList();
        }

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
