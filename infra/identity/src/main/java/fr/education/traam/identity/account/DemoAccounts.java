package fr.education.traam.identity.account;

import fr.education.traam.reference.Academy;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The demo accounts of the local platform, by rule rather than by list: a few national people, then the same seven
 * people in each of the 30 académies ({@code dan-<slug>}, {@code inspecteur-<slug>}, {@code enseignant1-<slug>} to
 * {@code enseignant4-<slug>}, {@code cardie-<slug>}), each with the address the groups will know them by
 * ({@code dan@ac-lyon.fr}). A new académie in {@link Academy} has its people at once.
 */
public final class DemoAccounts {

    /** The national accounts' mail domain. */
    public static final String NATIONAL_DOMAIN = "education.gouv.fr";
    /** How many teachers each académie has, enough for one team of a candidature. */
    public static final int TEACHERS_PER_ACADEMY = 4;

    private final Map<String, DemoAccount> byId;

    private DemoAccounts(List<DemoAccount> accounts) {
        this.byId = accounts.stream().collect(Collectors.toMap(DemoAccount::id, Function.identity(),
                (first, second) -> {
                    throw new IllegalStateException("two demo accounts named " + first.id());
                }, LinkedHashMap::new));
    }

    /** Every demo account: the national ones, then each académie's in {@link Academy}'s order. */
    public static DemoAccounts generated() {
        List<DemoAccount> accounts = new ArrayList<>(national());
        Arrays.stream(Academy.values()).forEach(academy -> accounts.addAll(of(academy)));
        return new DemoAccounts(accounts);
    }

    /** No account at all: a platform whose people log in elsewhere. */
    public static DemoAccounts none() {
        return new DemoAccounts(List.of());
    }

    /** The national accounts, in the order the documentation lists them. */
    public static List<DemoAccount> national() {
        return List.of(
                national("expert-lettres", "Claire Martin", PlatformRole.DNE_EXPERT),
                national("expert-philo", "Yanis Morel", PlatformRole.DNE_EXPERT),
                national("expert-sciences", "Inès Garcia", PlatformRole.DNE_EXPERT),
                national("expert-langues", "Thomas Lefèvre", PlatformRole.DNE_EXPERT),
                national("igesr", "Hélène Durand", PlatformRole.INSPECTOR_GENERAL),
                national("editeur", "Julien Petit", PlatformRole.EDITOR),
                national("operateur", "Sophie Bernard", PlatformRole.OPERATOR));
    }

    /** The seven people of one académie. */
    public static List<DemoAccount> of(Academy academy) {
        String slug = slug(academy);
        String of = "de l'académie " + Academy.ofName(academy.label());
        List<DemoAccount> people = new ArrayList<>();
        people.add(local("dan", slug, "DAN " + of, PlatformRole.DAN, academy));
        people.add(local("inspecteur", slug, "Inspecteur " + of, PlatformRole.ACADEMIC_INSPECTOR, academy));
        for (int i = 1; i <= TEACHERS_PER_ACADEMY; i++) {
            people.add(local("enseignant" + i, slug, "Enseignant " + i + " " + of, PlatformRole.TEACHER, academy));
        }
        people.add(local("cardie", slug, "CARDIE " + of, PlatformRole.CARDIE, academy));
        return people;
    }

    /**
     * An académie's part of its people's logins: its name in lower-case ASCII, hyphens between words
     * ({@code clermont-ferrand}, {@code orleans-tours}, {@code la-reunion}).
     */
    public static String slug(Academy academy) {
        String ascii = Normalizer.normalize(academy.label(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    public Optional<DemoAccount> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<DemoAccount> all() {
        return List.copyOf(byId.values());
    }

    public boolean isEmpty() {
        return byId.isEmpty();
    }

    private static DemoAccount national(String id, String name, PlatformRole role) {
        return new DemoAccount(id, name, id + "@" + NATIONAL_DOMAIN, List.of(role), null);
    }

    private static DemoAccount local(String person, String slug, String name, PlatformRole role, Academy academy) {
        return new DemoAccount(person + "-" + slug, name, person + "@" + academy.domain(), List.of(role), academy);
    }
}
