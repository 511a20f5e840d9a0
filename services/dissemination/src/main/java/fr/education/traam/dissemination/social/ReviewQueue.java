package fr.education.traam.dissemination.social;

import java.util.List;
import java.util.Optional;

/** Every draft post, waiting for an editor or decided. */
public interface ReviewQueue {

    /** Queues a new draft unless one with its id is there (the same event twice); returns whether it did. */
    boolean add(SocialPostDraft draft);

    Optional<SocialPostDraft> find(String id);

    /** Every draft about the national selection {@code selectionId}, whatever its status. */
    List<SocialPostDraft> aboutSelection(String selectionId);

    /** Every draft announcing the production {@code productionId}, whatever its status. */
    List<SocialPostDraft> aboutProduction(String productionId);

    /** Drafts of one status, or all (null), the newest first. */
    List<SocialPostDraft> withStatus(ReviewStatus status, int limit);

    /** Stores a change to a draft read at its {@code version}; a change made meanwhile by someone else is refused. */
    SocialPostDraft save(SocialPostDraft draft);
}
