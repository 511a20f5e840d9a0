package fr.education.traam.web.selection;

import java.time.Instant;
import java.util.List;

/** The candidatures service's answers as the selection board reads them (docs/api/candidatures.md). */
public final class SelectionJson {

    private SelectionJson() {
    }

    /** {@code GET …/selections/{campaignId}/{themeId}/decisions}: the experts' working view. */
    public record Sheet(String id, String campaignId, String themeId, String cycle, int capacity, String status, int selectedCount,
                 int continuations, List<Applicant> applicants, List<Amendment> amendments, String publishedBy, Instant publishedAt,
                 long version) {
    }

    public record Applicant(Academy academy, String candidatureId, String kind, String decision, String rationale, String yearOne,
                     String decidedBy, Instant decidedAt) {
    }

    public record Amendment(Academy academy, String from, String to, String rationale, String amendedBy, Instant amendedAt) {
    }

    public record Academy(String code, String name, String region) {
    }

    /** {@code GET /api/candidatures?campaignId=&themeId=}: what a card says of a candidature's projects and team. */
    public record Candidature(String id, Academy academy, String kind, String status, List<Project> projects, Team team) {
    }

    public record Project(String title, String summary) {
    }

    public record Team(Member inspector, List<Member> teachers, Member referent, Member cardie) {

        /** Everyone in the academic group: the piloting inspector, the teachers, the referent and the CARDIE's representative. */
        public int size() {
            int others = (inspector == null ? 0 : 1) + (referent == null ? 0 : 1) + (cardie == null ? 0 : 1);
            return others + (teachers == null ? 0 : teachers.size());
        }
    }

    public record Member(String name) {
    }
}
