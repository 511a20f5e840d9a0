package fr.education.traam.productions.production;

import fr.education.traam.productions.production.AccessibilityItem.Answer;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the authors answered for publication: the licence, the accessibility checklist item by item, what they checked
 * of each digital resource, and their declaration that no pupil is named. Filled at any time before publication;
 * whether it is enough is the {@link PublicationGate}'s to say.
 */
public record PublicationChecks(
        Licence licence,
        Map<AccessibilityItem, Answer> accessibility,
        List<ResourceCheck> resources,
        PupilDeclaration pupils) {

    public static final PublicationChecks NONE = new PublicationChecks(null, Map.of(), List.of(), null);

    public PublicationChecks {
        accessibility = accessibility.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(accessibility));
        resources = List.copyOf(resources);
    }

    public Optional<ResourceCheck> resource(String url) {
        return resources.stream().filter(r -> r.url().equals(url)).findFirst();
    }
}
