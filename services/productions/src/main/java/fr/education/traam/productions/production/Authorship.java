package fr.education.traam.productions.production;

import fr.education.traam.contract.candidatures.AcademyDetails;
import fr.education.traam.contract.groups.GroupKind;
import fr.education.traam.contract.productions.ProductionType;
import fr.education.traam.contract.productions.ThemeReference;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Whose production it is: the group that writes it (an académie's academic group, or the theme's national group), the
 * theme, and the académies credited — the académie of an academic group, the co-authoring académies of a national
 * training module, none for the theme's synthesis. Authorship is groups, never names.
 */
public record Authorship(String groupId, GroupKind kind, ThemeReference theme, AcademyDetails academy, List<AcademyDetails> credited) {

    private static final Set<ProductionType> ACADEMIC_KINDS = EnumSet.of(ProductionType.SCENARIO,
            ProductionType.ACADEMIC_REPORT, ProductionType.COMMUNICATION_SUPPORT);
    private static final Set<ProductionType> NATIONAL_KINDS = EnumSet.of(ProductionType.TRAINING_MODULE,
            ProductionType.SYNTHESIS, ProductionType.COMMUNICATION_SUPPORT);

    public Authorship {
        credited = List.copyOf(credited);
    }

    public boolean national() {
        return kind == GroupKind.NATIONAL;
    }

    /** An académie's group writes its scenarios, its report and supports; the national group modules, the synthesis and supports. */
    public boolean writes(ProductionType type) {
        return (national() ? NATIONAL_KINDS : ACADEMIC_KINDS).contains(type);
    }

    public static Set<ProductionType> kindsOf(GroupKind kind) {
        return kind == GroupKind.NATIONAL ? NATIONAL_KINDS : ACADEMIC_KINDS;
    }
}
