package fr.education.traam.web.group;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The groups service's answers as these pages read them (docs/api/groups.md). */
public final class GroupJson {

    private GroupJson() {
    }

    /** {@code GET /api/groups/{id}} and each item of {@code GET /api/groups/mine}; {@code members} only when visible. */
    public record Group(String id, String kind, String campaignId, String themeId, Academy academy, String state, String status,
                        boolean compositionVisible, List<Member> members, long version) {

        public Group {
            members = members == null ? List.of() : members;
        }

        public boolean national() {
            return "NATIONAL".equals(kind);
        }

        public boolean open() {
            return !"CLOSED".equals(state);
        }
    }

    public record Academy(String code, String name) {
    }

    public record Member(String memberId, String name, String email, String role, String corps, String academy, Instant since) {

        public String roleLabel() {
            return switch (role == null ? "" : role) {
                case "DNE_EXPERT" -> "Expert de la DNE";
                case "INSPECTOR_GENERAL" -> "Inspection générale";
                case "REFERENT" -> "Professeur référent";
                case "PILOTING_INSPECTOR" -> "Inspecteur pilote";
                case "TEACHER" -> "Enseignant";
                case "CARDIE_REPRESENTATIVE" -> "Représentant de la CARDIE";
                default -> role;
            };
        }
    }

    /** {@code GET /api/groups/{id}/calendar}: empty while none is proposed. */
    public record Calendar(List<Entry> entries) {

        public Calendar {
            entries = entries == null ? List.of() : entries;
        }
    }

    public record Entry(String kind, LocalDate date, String title, String details, String link) {
    }

    /** {@code GET /api/groups/{id}/workspace}. */
    public record Workspace(List<Space> spaces, Gtnum gtnum) {

        public Workspace {
            spaces = spaces == null ? List.of() : spaces;
        }
    }

    public record Space(String kind, String label, String link) {
    }

    public record Gtnum(String name, String link) {
    }

    /** Each item of {@code GET /api/productions}: the productions of the caller's groups. */
    public record Production(String id, String type, String status, String stage, String groupId, String title, int version) {
    }
}
