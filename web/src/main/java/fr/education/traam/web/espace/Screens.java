package fr.education.traam.web.espace;

import fr.education.traam.web.security.Person;
import fr.education.traam.web.security.Role;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The screens a person's roles lead to, only those that exist today: the role screens (selection board, candidature
 * form, writing…) are added here as they are built, so that the home never links to a page that is not there.
 */
final class Screens {

    private Screens() {
    }

    public record Screen(String title, String href, String description) {
    }

    static List<Screen> of(Person person) {
        LinkedHashSet<Screen> screens = new LinkedHashSet<>();
        person.academyOf().ifPresent(academy -> screens.add(new Screen("Les productions de l'académie " + fr.education.traam.reference.Academy.ofName(academy.label()),
                "/catalogue?academy=" + academy.code(), "Le catalogue ouvert, limité aux productions de votre académie.")));
        if (person.has(Role.DNE_EXPERT) || person.has(Role.INSPECTOR_GENERAL) || person.has(Role.DAN)) {
            screens.add(new Screen("Les académies et leurs thèmes", "/academies", "Quelles académies travaillent sur quels thèmes."));
        }
        if (person.has(Role.EDITOR)) {
            screens.add(new Screen("Les lettres ÉduNum publiées", "/lettres", "Les lignes éditoriales, leurs numéros et leurs flux."));
        }
        // The DNE expert's screens (selection package): campaigns, their phases, selection boards and groups.
        if (person.has(Role.DNE_EXPERT)) {
            screens.add(new Screen("Les campagnes et leurs sélections", "/espace/campagnes",
                    "Le calendrier et la phase des campagnes, la sélection nationale et les groupes de vos thèmes."));
            screens.add(new Screen("Les productions à valider", "/espace/validations",
                    "Les productions de vos thèmes qui attendent votre relecture ou votre publication."));
        }
        // The DAN's screens (candidature package): their académie's candidatures and outcomes.
        if (person.has(Role.DAN)) {
            screens.add(new Screen("Les candidatures de l'académie", "/espace/candidatures",
                    "Les candidatures de votre académie aux thèmes des campagnes en cours, et la décision nationale une fois publiée."));
        }
        // The members' screens (group package): their groups, each with its productions, calendar and spaces.
        if (person.has(Role.TEACHER) || person.has(Role.ACADEMIC_INSPECTOR) || person.has(Role.CARDIE) || person.has(Role.DNE_EXPERT)) {
            screens.add(new Screen("Mes groupes de travail", "/espace/groupes",
                    "Les groupes où vous siégez : leurs productions, leur calendrier de travail, leurs espaces et leurs membres."));
        }
        screens.add(new Screen("La campagne en cours", "/", "Son calendrier et ses thèmes."));
        return new ArrayList<>(screens);
    }
}
