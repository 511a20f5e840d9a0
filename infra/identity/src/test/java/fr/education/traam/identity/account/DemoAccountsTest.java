package fr.education.traam.identity.account;

import fr.education.traam.reference.Academy;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo accounts follow the naming rule the documentation gives, for every académie. */
class DemoAccountsTest {

    private final DemoAccounts accounts = DemoAccounts.generated();

    @Test
    void seven_national_accounts_then_seven_people_in_each_of_the_thirty_academies() {
        assertThat(accounts.all()).hasSize(7 + 30 * 7);
        assertThat(accounts.all().stream().map(DemoAccount::id).distinct()).hasSize(217);
        assertThat(accounts.all().stream().map(DemoAccount::email).distinct()).hasSize(217);
        assertThat(DemoAccounts.national()).extracting(DemoAccount::id).containsExactly(
                "expert-lettres", "expert-philo", "expert-sciences", "expert-langues", "igesr", "editeur", "operateur");
        assertThat(DemoAccounts.national()).allSatisfy(account -> {
            assertThat(account.academyCode()).isEmpty();
            assertThat(account.email()).isEqualTo(account.id() + "@education.gouv.fr");
        });
        assertThat(accounts.byId("expert-lettres")).hasValueSatisfying(account -> {
            assertThat(account.name()).isEqualTo("Claire Martin");
            assertThat(account.roleNames()).containsExactly("DNE_EXPERT");
        });
        assertThat(accounts.byId("expert-philo").orElseThrow().name()).isEqualTo("Yanis Morel");
        assertThat(accounts.byId("igesr").orElseThrow().roles()).containsExactly(PlatformRole.INSPECTOR_GENERAL);
        assertThat(accounts.byId("editeur").orElseThrow().roles()).containsExactly(PlatformRole.EDITOR);
        assertThat(accounts.byId("operateur").orElseThrow().roles()).containsExactly(PlatformRole.OPERATOR);
    }

    @Test
    void an_academie_s_people_are_named_after_its_ascii_slug_and_write_from_its_own_domain() {
        assertThat(Arrays.stream(Academy.values()).map(DemoAccounts::slug))
                .contains("lyon", "clermont-ferrand", "aix-marseille", "orleans-tours", "la-reunion", "besancon", "creteil", "nancy-metz")
                .allMatch(slug -> slug.matches("[a-z]+(-[a-z]+)*"));
        assertThat(DemoAccounts.of(Academy.CLERMONT_FERRAND)).extracting(DemoAccount::id, DemoAccount::email).containsExactly(
                org.assertj.core.groups.Tuple.tuple("dan-clermont-ferrand", "dan@ac-clermont.fr"),
                org.assertj.core.groups.Tuple.tuple("inspecteur-clermont-ferrand", "inspecteur@ac-clermont.fr"),
                org.assertj.core.groups.Tuple.tuple("enseignant1-clermont-ferrand", "enseignant1@ac-clermont.fr"),
                org.assertj.core.groups.Tuple.tuple("enseignant2-clermont-ferrand", "enseignant2@ac-clermont.fr"),
                org.assertj.core.groups.Tuple.tuple("enseignant3-clermont-ferrand", "enseignant3@ac-clermont.fr"),
                org.assertj.core.groups.Tuple.tuple("enseignant4-clermont-ferrand", "enseignant4@ac-clermont.fr"),
                org.assertj.core.groups.Tuple.tuple("cardie-clermont-ferrand", "cardie@ac-clermont.fr"));
        assertThat(accounts.byId("dan-la-reunion")).hasValueSatisfying(dan -> {
            assertThat(dan.email()).isEqualTo("dan@ac-reunion.fr");
            assertThat(dan.academyCode()).contains("28");
            assertThat(dan.roles()).containsExactly(PlatformRole.DAN);
            assertThat(dan.name()).isEqualTo("DAN de l'académie de La Réunion");
        });
        assertThat(accounts.byId("inspecteur-amiens").orElseThrow().name()).isEqualTo("Inspecteur de l'académie d'Amiens");
        assertThat(accounts.byId("inspecteur-lyon").orElseThrow().roles()).containsExactly(PlatformRole.ACADEMIC_INSPECTOR);
        assertThat(accounts.byId("enseignant4-orleans-tours").orElseThrow().roles()).containsExactly(PlatformRole.TEACHER);
        assertThat(accounts.byId("cardie-mayotte").orElseThrow().roles()).containsExactly(PlatformRole.CARDIE);
        assertThat(accounts.all().stream().filter(account -> account.academy() != null))
                .hasSize(210)
                .allSatisfy(account -> assertThat(account.email()).endsWith("@" + account.academy().domain()));
    }

    @Test
    void no_accounts_means_no_one() {
        assertThat(DemoAccounts.none().all()).isEmpty();
        assertThat(DemoAccounts.none().byId("expert-lettres")).isEmpty();
    }
}
