package fr.education.traam.kit.domain;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * The id of something an event causes, the same on every instance and every redelivery of the event: a name-based
 * UUID of the event's id and of what tells its effects apart (a site, a recipient, a kind). Storing the effect under
 * this id makes a second delivery a duplicate key, so applying an event twice changes nothing (ADR 14).
 */
public final class EventDerivedId {

    private EventDerivedId() {
    }

    /** {@code of(eventId, "social-post-draft")}, {@code of(eventId, siteId)}: stable, and distinct for distinct inputs. */
    public static String of(String eventId, String... qualifiers) {
        StringBuilder name = new StringBuilder(Objects.requireNonNull(eventId, "eventId"));
        for (String qualifier : qualifiers) {
            // A separator no id contains, so that ("a", "bc") and ("ab", "c") never meet.
            name.append('\n').append(Objects.requireNonNull(qualifier, "qualifier"));
        }
        return UUID.nameUUIDFromBytes(name.toString().getBytes(StandardCharsets.UTF_8)).toString();
    }
}
