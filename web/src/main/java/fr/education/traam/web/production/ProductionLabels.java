package fr.education.traam.web.production;

/** A production's kind, status and review stage in French, as every page that lists or shows one names them. */
public final class ProductionLabels {

    private ProductionLabels() {
    }

    public static String kind(String kind) {
        return switch (kind == null ? "" : kind) {
            case "SCENARIO" -> "Scénario pédagogique";
            case "ACADEMIC_REPORT" -> "Bilan académique";
            case "COMMUNICATION_SUPPORT" -> "Support de communication";
            case "TRAINING_MODULE" -> "Module de formation";
            case "SYNTHESIS" -> "Synthèse";
            default -> "Production";
        };
    }

    /** The status, with the stage a submitted production awaits ("Soumise à la relecture académique"). */
    public static String status(String status, String stage) {
        return switch (status == null ? "" : status) {
            case "DRAFT" -> "Brouillon";
            case "SUBMITTED" -> "NATIONAL".equals(stage) ? "Soumise à la relecture nationale" : "Soumise à la relecture académique";
            case "CHANGES_REQUESTED" -> "Modifications demandées";
            case "APPROVED" -> "Validée, à publier";
            case "PUBLISHED" -> "Publiée";
            case "WITHDRAWN" -> "Retirée";
            default -> status;
        };
    }

    public static String verdict(String verdict) {
        return "APPROVED".equals(verdict) ? "Validée" : "Modifications demandées";
    }
}
