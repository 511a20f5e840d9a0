package fr.education.traam.web.production;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The productions service's answers as these pages read them (docs/api/productions.md). */
public final class ProductionJson {

    private ProductionJson() {
    }

    /** {@code GET /api/productions/{id}}; {@code comments} and {@code versions} only for those who follow its work. */
    public record Production(String id, String type, String status, String stage, int version, String groupId, Theme theme,
                             Academy academy, String title, String summary, List<String> disciplines, List<String> levels,
                             List<String> competences, Content content, List<Attachment> attachments, Checks checks,
                             List<Unmet> unmet, List<Comment> comments, List<Version> versions, List<String> actions,
                             String publicUrl, Instant publishedAt) {

        public Production {
            disciplines = disciplines == null ? List.of() : disciplines;
            levels = levels == null ? List.of() : levels;
            competences = competences == null ? List.of() : competences;
            attachments = attachments == null ? List.of() : attachments;
            unmet = unmet == null ? List.of() : unmet;
            comments = comments == null ? List.of() : comments;
            versions = versions == null ? List.of() : versions;
            actions = actions == null ? List.of() : actions;
        }

        public boolean may(String action) {
            return actions.contains(action);
        }
    }

    public record Theme(String campaignId, String themeId, String title) {
    }

    public record Academy(String code, String name) {
    }

    /** Exactly the member of the production's kind; a scenario's is read here, the others' later. */
    public record Content(Scenario scenario) {
    }

    public record Scenario(String duration, String prerequisites, List<Step> steps, List<Resource> resources, String whatWorked,
                           String difficulties) {

        public Scenario {
            steps = steps == null ? List.of() : steps;
            resources = resources == null ? List.of() : resources;
        }
    }

    public record Step(String title, String description, String duration) {
    }

    public record Resource(String name, String url, boolean pupilAccountRequired, String dataProcessing) {
    }

    public record Attachment(String id, String fileName, String contentType, long size, String textAlternative) {
    }

    /** The answers so far: {@code accessibility} by item code, {@code YES}, {@code NO} or {@code NOT_APPLICABLE}. */
    public record Checks(String licence, Map<String, String> accessibility, List<ResourceCheck> resources, boolean noPupilNamed) {

        public Checks {
            accessibility = accessibility == null ? Map.of() : accessibility;
            resources = resources == null ? List.of() : resources;
        }
    }

    public record ResourceCheck(String url, boolean termsOfUseChecked, boolean legalNoticesChecked) {
    }

    /** A check not met yet: its code ({@code licence-missing}), the field, the service's own words. */
    public record Unmet(String check, String field, String message) {
    }

    public record Comment(String stage, String verdict, int version, String by, String role, String text, Instant at) {
    }

    public record Version(int number, String title, String savedBy, Instant savedAt) {
    }

    /** {@code GET /api/productions/reference/publication-checklist}. */
    public record Checklist(List<ChecklistTheme> accessibility, List<Licence> licences) {
    }

    public record ChecklistTheme(String code, String label, List<ChecklistItem> items) {
    }

    public record ChecklistItem(String code, String label) {
    }

    public record Licence(String spdx, String label, String url) {
    }
}
