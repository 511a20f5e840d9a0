package fr.education.traam.groups.group.application;

import fr.education.traam.contract.groups.ClosingReason;
import fr.education.traam.contract.groups.DepartureReason;
import fr.education.traam.contract.groups.GroupKind;
import fr.education.traam.contract.groups.GroupMemberSeat;
import fr.education.traam.contract.groups.GroupReference;
import fr.education.traam.reference.Academy;

import java.text.Normalizer;

/**
 * The French of the members' mails: which group, the member's role, why they left or why the group closed, and whom to
 * ask. Names roles, never people: a mail names no one but its recipient.
 */
final class MemberMailWording {

    private MemberMailWording() {
    }

    /** « le groupe national », « le groupe académique de Lyon ». */
    static String group(GroupReference group) {
        return group.kind() == GroupKind.NATIONAL ? "le groupe national" : "le groupe académique " + ofAcademy(group.academy().name());
    }

    /** « du groupe national », « du groupe académique de Lyon ». */
    static String ofGroup(GroupReference group) {
        return "du" + group(group).substring("le".length());
    }

    /** The group with its theme, for a subject: « le groupe académique de Lyon du thème « IA et écriture » ». */
    static String groupOfTheme(GroupReference group, String themeTitle) {
        return group(group) + " du thème « " + themeTitle + " »";
    }

    /** The member's role in French; a national group's referent represents their académie. */
    static String role(GroupReference group, GroupMemberSeat seat) {
        return switch (seat.role()) {
            case DNE_EXPERT -> "expert DNE";
            case INSPECTOR_GENERAL -> "inspecteur général";
            case REFERENT -> group.kind() == GroupKind.NATIONAL
                    ? "référent national pour l'académie " + ofAcademy(seat.academy() == null ? "?" : Academy.nameOf(seat.academy()))
                    : "référent académique";
            case PILOTING_INSPECTOR -> "inspecteur pilote";
            case TEACHER -> "enseignant";
            case CARDIE_REPRESENTATIVE -> "représentant de la CARDIE";
        };
    }

    static String departure(DepartureReason reason) {
        return switch (reason) {
            case REMOVED -> "les responsables du groupe vous en ont retiré";
            case REPLACED -> "une autre personne vous y remplace dans votre rôle";
        };
    }

    static String closing(GroupReference group, ClosingReason reason) {
        String academy = group.academy() == null ? "votre académie" : "l'académie " + ofAcademy(group.academy().name());
        return switch (reason) {
            case NOT_RETAINED -> "une modification de la sélection nationale ne retient plus " + academy + " pour ce thème";
            case NOT_CONTINUED -> "la sélection de deuxième année du thème ne retient pas " + academy;
        };
    }

    /** Whom a member who left asks about it, after « adressez-vous »: those responsible for the group, by role. */
    static String contact(GroupReference group) {
        return group.kind() == GroupKind.NATIONAL
                ? "aux experts DNE du thème, responsables du groupe national"
                : "au DAN ou à l'inspecteur pilote de l'académie " + ofAcademy(group.academy().name())
                        + ", responsables du groupe académique";
    }

    /** « de Lyon », « d'Aix-Marseille ». */
    static String ofAcademy(String name) {
        String bare = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return (!bare.isEmpty() && "AEIOUYaeiouy".indexOf(bare.charAt(0)) >= 0 ? "d'" : "de ") + name;
    }
}
