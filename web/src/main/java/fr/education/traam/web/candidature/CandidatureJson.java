package fr.education.traam.web.candidature;

import java.time.Instant;
import java.util.List;

/** The candidatures service's answers as the DAN's pages read them (docs/api/candidatures.md). */
public final class CandidatureJson {

    private CandidatureJson() {
    }

    /** {@code GET /api/candidatures/{id}}, and each item of {@code GET /api/candidatures}. */
    public record Candidature(String id, String campaignId, String themeId, Academy academy, String kind, String status,
                              String source, List<Project> projects, Team team, long version) {

        public boolean live() {
            return "SUBMITTED".equals(status);
        }
    }

    public record Academy(String code, String name, String region) {
    }

    public record Project(String title, String summary, List<String> disciplines, List<String> schoolLevels,
                          List<String> crcnCompetences) {
    }

    public record Team(Inspector inspector, List<Member> teachers, Member referent, Member cardie) {
    }

    public record Inspector(String name, String email, String corps) {
    }

    public record Member(String name, String email) {
    }

    /** {@code GET /api/candidatures/selections?campaignId=}: a published selection, without personal data. */
    public record PublishedSelection(String campaignId, String themeId, Instant publishedAt, List<Selected> selected,
                                     List<Academy> notRetained) {
    }

    public record Selected(Academy academy, String kind, String rationale) {
    }
}
