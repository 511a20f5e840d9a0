package fr.education.traam.groups.work;

import fr.education.traam.contract.groups.ResearchGroupLink;
import fr.education.traam.kit.domain.Refused;
import fr.education.traam.kit.domain.UserText;

/** The GTnum (a research group of the DNE) a working group works with: its name and its https link. */
public record ResearchGroup(String name, WorkLink link) {

    public static final int MAX_NAME = 200;

    public ResearchGroup {
        if (name == null || name.isBlank() || link == null) {
            throw Refused.invalid("gtnum", "a GTnum has a name and a link");
        }
    }

    /** The GTnum as asked, each value refused by its name under {@code field}. */
    public static ResearchGroup of(String field, String name, String link) {
        String kept = UserText.accepted(field + ".name", name, MAX_NAME);
        if (kept == null || kept.isBlank()) {
            throw Refused.invalid(field + ".name", "a GTnum has a name");
        }
        return new ResearchGroup(kept.strip(), WorkLink.accepted(field + ".link", link));
    }

    public ResearchGroupLink published() {
        return new ResearchGroupLink(name, link.toString());
    }
}
