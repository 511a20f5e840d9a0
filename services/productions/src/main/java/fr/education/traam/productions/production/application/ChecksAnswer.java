package fr.education.traam.productions.production.application;

import fr.education.traam.productions.production.AccessibilityItem;
import fr.education.traam.productions.production.Licence;
import fr.education.traam.productions.production.ResourceCheck;

import java.util.List;
import java.util.Map;

/**
 * The authors' answers to the publication checks, as a whole (what is not given is unanswered): the licence, each
 * accessibility item, what they checked of each resource, and whether they declare that no pupil is named in the
 * current version.
 */
public record ChecksAnswer(Licence licence, Map<AccessibilityItem, AccessibilityItem.Answer> accessibility,
                           List<ResourceCheck> resources, boolean noPupilNamed) {

    public ChecksAnswer {
        accessibility = accessibility == null ? Map.of() : Map.copyOf(accessibility);
        resources = resources == null ? List.of() : List.copyOf(resources);
    }
}
