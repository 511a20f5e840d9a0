package fr.education.traam.groups.group;

import fr.education.traam.kit.domain.Refused;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A working group's id, derived from what formed it (the first-year campaign and theme, and the académie for an
 * academic group), so that a selection delivered twice finds the group it formed rather than forming another.
 */
public record GroupId(String value) {

    public GroupId {
        if (value == null || value.isBlank()) {
            throw Refused.invalid("groupId", "a group id is required");
        }
    }

    public static GroupId national(String campaignId, String themeId) {
        return derived("national", campaignId, themeId, "");
    }

    public static GroupId academic(String campaignId, String themeId, String academyCode) {
        return derived("academic", campaignId, themeId, academyCode);
    }

    private static GroupId derived(String kind, String campaignId, String themeId, String academy) {
        String name = String.join("\u001f", kind, campaignId, themeId, academy);
        return new GroupId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
