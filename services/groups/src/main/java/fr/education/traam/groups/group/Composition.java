package fr.education.traam.groups.group;

import fr.education.traam.contract.groups.GroupKind;
import fr.education.traam.contract.groups.GroupStatus;
import fr.education.traam.contract.groups.MemberRole;
import fr.education.traam.contract.groups.UnmetRule;
import fr.education.traam.reference.Academy;

import java.util.ArrayList;
import java.util.List;

/**
 * The verdict on a group's members: every rule of its kind it does not meet, each with what is missing in words that
 * name académies and counts, never people, so that the verdict may travel in events.
 */
public record Composition(List<UnmetRule> unmet) {

    public Composition {
        unmet = List.copyOf(unmet);
    }

    public static Composition of(GroupKind kind, String academyCode, List<String> seats, List<Membership> members) {
        List<UnmetRule> unmet = new ArrayList<>();
        if (kind == GroupKind.NATIONAL) {
            national(seats, members, unmet);
        } else {
            academic(academyCode, members, unmet);
        }
        return new Composition(unmet);
    }

    public GroupStatus status() {
        return unmet.isEmpty() ? GroupStatus.COMPLETE : GroupStatus.INCOMPLETE;
    }

    private static void national(List<String> seats, List<Membership> members, List<UnmetRule> unmet) {
        String group = "The national group";
        long experts = count(members, MemberRole.DNE_EXPERT);
        if (experts == 0) {
            unmet.add(rule(CompositionRule.NO_DNE_EXPERT, group + " has no DNE expert and needs one, or a pair"));
        } else if (experts > CompositionRule.MAX_EXPERTS) {
            unmet.add(rule(CompositionRule.TOO_MANY_DNE_EXPERTS, group + " has " + experts + " DNE experts: a pair at most"));
        }
        long inspectorsGeneral = count(members, MemberRole.INSPECTOR_GENERAL);
        if (inspectorsGeneral == 0) {
            unmet.add(rule(CompositionRule.NO_INSPECTOR_GENERAL, group + " has no inspector general and needs one"));
        } else if (inspectorsGeneral > 1) {
            unmet.add(rule(CompositionRule.TOO_MANY_INSPECTORS_GENERAL, group + " has " + inspectorsGeneral
                    + " inspectors general and needs one"));
        }
        for (String seat : seats) {
            long referents = members.stream().filter(m -> m.referentOf(seat)).count();
            if (referents == 0) {
                unmet.add(rule(CompositionRule.REFERENT_MISSING, group + " has no referent teacher for " + label(seat)));
            } else if (referents > 1) {
                unmet.add(rule(CompositionRule.TOO_MANY_REFERENTS, group + " has " + referents + " referent teachers for "
                        + label(seat) + " and needs one"));
            }
        }
    }

    private static void academic(String academyCode, List<Membership> members, List<UnmetRule> unmet) {
        String group = label(academyCode) + "'s academic group";
        List<Membership> inspectors = members.stream().filter(m -> m.is(MemberRole.PILOTING_INSPECTOR)).toList();
        if (inspectors.isEmpty()) {
            unmet.add(rule(CompositionRule.NO_PILOTING_INSPECTOR, group + " has no piloting inspector and needs one"));
        } else if (inspectors.size() > 1) {
            unmet.add(rule(CompositionRule.TOO_MANY_PILOTING_INSPECTORS, group + " has " + inspectors.size()
                    + " piloting inspectors and needs one"));
        }
        inspectors.stream().filter(m -> m.corps() == null || !m.corps().mayPilot()).findFirst().ifPresent(m ->
                unmet.add(rule(CompositionRule.CORPS_MAY_NOT_PILOT, group + "'s piloting inspector is " + (m.corps() == null
                        ? "of no stated corps" : "of corps " + m.corps()) + ", not IA-IPR, IEN-ET, IEN-EG or IEN premier degré")));
        long teachers = count(members, MemberRole.TEACHER);
        if (teachers < CompositionRule.MIN_TEACHERS) {
            unmet.add(rule(CompositionRule.TOO_FEW_TEACHERS, group + " has " + teachers + (teachers == 1 ? " teacher" : " teachers")
                    + " and needs " + CompositionRule.MIN_TEACHERS));
        }
        long referents = count(members, MemberRole.REFERENT);
        if (referents == 0) {
            unmet.add(rule(CompositionRule.NO_REFERENT, group + " has no referent teacher and needs one, who also sits in the national group"));
        } else if (referents > 1) {
            unmet.add(rule(CompositionRule.TOO_MANY_REFERENTS, group + " has " + referents + " referent teachers and needs one"));
        }
        long cardie = count(members, MemberRole.CARDIE_REPRESENTATIVE);
        if (cardie == 0) {
            unmet.add(rule(CompositionRule.NO_CARDIE_REPRESENTATIVE, group + " has no CARDIE representative and needs one"));
        } else if (cardie > 1) {
            unmet.add(rule(CompositionRule.TOO_MANY_CARDIE_REPRESENTATIVES, group + " has " + cardie
                    + " CARDIE representatives and needs one"));
        }
    }

    private static long count(List<Membership> members, MemberRole role) {
        return members.stream().filter(m -> m.is(role)).count();
    }

    private static UnmetRule rule(CompositionRule rule, String detail) {
        return new UnmetRule(rule.name(), detail);
    }

    private static String label(String academyCode) {
        return Academy.byCode(academyCode).map(Academy::label).orElse("académie " + academyCode);
    }
}
