package fr.education.traam.groups.work;

import fr.education.traam.kit.domain.Refused;
import fr.education.traam.kit.domain.UserText;

/** A link a progress report gives (a scenario in progress, a pad, a video): an https address and an optional label. */
public record ReportLink(WorkLink url, String label) {

    public static final int MAX_LABEL = 200;

    public ReportLink {
        if (url == null) {
            throw Refused.invalid("url", "a link has an https address");
        }
    }

    /** The link as asked, each value refused by its name under {@code field} ({@code links[0]}). */
    public static ReportLink of(String field, String url, String label) {
        String kept = UserText.accepted(field + ".label", label, MAX_LABEL);
        return new ReportLink(WorkLink.accepted(field + ".url", url), kept == null || kept.isBlank() ? null : kept.strip());
    }
}
