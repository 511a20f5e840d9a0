package fr.education.traam.contract.groups;

import fr.education.traam.contract.TraamEvent;

/**
 * The referent of an académie reported its progress to the theme's national group ({@code groupId}). The author by
 * member id only, never by name; the report's text stays in the groups service, the event says how many links it has.
 */
public record ProgressReported(String reportId, String groupId, String academy, String authorMemberId, int links)
        implements TraamEvent {

    @Override
    public String aggregateId() {
        return groupId;
    }
}
