package fr.education.traam.dissemination.social.application;

import fr.education.traam.dissemination.social.ReviewQueue;
import fr.education.traam.dissemination.social.ReviewStatus;
import fr.education.traam.dissemination.social.SocialPostDraft;
import fr.education.traam.dissemination.social.SocialRefusal;
import fr.education.traam.kit.domain.ExpectedVersion;
import fr.education.traam.kit.domain.Refused;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;

/**
 * An editor's review of the draft posts: rewrite, approve or discard each, once. Approving marks the draft and does
 * nothing else: the platform posts nothing to any social network.
 */
@Service
public class ReviewingSocialPosts {

    static final int LIST_SIZE = 200;

    private final ReviewQueue queue;
    private final Clock clock;

    public ReviewingSocialPosts(ReviewQueue queue, Clock clock) {
        this.queue = queue;
        this.clock = clock;
    }

    /** The latest drafts of one status, or all (null), the newest first. */
    public List<SocialPostDraft> list(ReviewStatus status) {
        return queue.withStatus(status, LIST_SIZE);
    }

    public SocialPostDraft draft(String id) {
        return queue.find(id).orElseThrow(() -> new Refused(SocialRefusal.SOCIAL_DRAFT_NOT_FOUND, "no draft post " + id));
    }

    public SocialPostDraft edit(String id, ExpectedVersion expected, String text, String by) {
        return change(id, expected, draft -> draft.edited(text, clock.instant(), by));
    }

    public SocialPostDraft approve(String id, ExpectedVersion expected, String by) {
        return change(id, expected, draft -> draft.approved(clock.instant(), by));
    }

    public SocialPostDraft discard(String id, ExpectedVersion expected, String by) {
        return change(id, expected, draft -> draft.discarded(clock.instant(), by));
    }

    /** A change asked of {@code expected} (the editor's {@code If-Match}): a second editor's approval of a text rewritten meanwhile is refused. */
    private SocialPostDraft change(String id, ExpectedVersion expected, Function<SocialPostDraft, SocialPostDraft> change) {
        SocialPostDraft draft = draft(id);
        expected.check(draft.version(), "draft post " + id);
        return queue.save(change.apply(draft));
    }
}
