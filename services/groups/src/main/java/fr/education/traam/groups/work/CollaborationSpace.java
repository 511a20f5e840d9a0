package fr.education.traam.groups.work;

import fr.education.traam.contract.groups.CollaborationSpaceKind;
import fr.education.traam.contract.groups.CollaborationSpaceLink;
import fr.education.traam.kit.domain.Refused;
import fr.education.traam.kit.domain.UserText;

/** A tool a group works in (a Tribu space, a m@gistère course, a pad…): its kind, a label and its https link. */
public record CollaborationSpace(CollaborationSpaceKind kind, String label, WorkLink link) {

    public static final int MAX_LABEL = 200;

    public CollaborationSpace {
        if (kind == null || label == null || label.isBlank() || link == null) {
            throw Refused.invalid("space", "a space has a kind, a label and a link");
        }
    }

    /** The space as asked, each value refused by its name under {@code field} ({@code spaces[1]}). */
    public static CollaborationSpace of(String field, CollaborationSpaceKind kind, String label, String link) {
        if (kind == null) {
            throw Refused.invalid(field + ".kind", "a space is TRIBU, MAGISTERE, VIAEDUC, PAD, WIKI or OTHER");
        }
        String kept = UserText.accepted(field + ".label", label, MAX_LABEL);
        if (kept == null || kept.isBlank()) {
            throw Refused.invalid(field + ".label", "a space has a label");
        }
        return new CollaborationSpace(kind, kept.strip(), WorkLink.accepted(field + ".link", link));
    }

    /** As events show it: kind and link. */
    public CollaborationSpaceLink published() {
        return new CollaborationSpaceLink(kind, link.toString());
    }
}
