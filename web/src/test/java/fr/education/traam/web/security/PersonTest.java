package fr.education.traam.web.security;

import fr.education.traam.reference.Academy;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PersonTest {

    private static Jwt.Builder token(String subject) {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject(subject).issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(300));
    }

    @Test
    void reads_the_contract_s_claims_name_email_roles_and_academy() {
        Person person = Person.of(token("dan-lyon").claim("name", "Sophie Durand").claim("email", "dan@ac-lyon.fr")
                .claim("roles", List.of("DAN")).claim("academy", "10").build());

        assertThat(person.subject()).isEqualTo("dan-lyon");
        assertThat(person.displayName()).isEqualTo("Sophie Durand");
        assertThat(person.email()).isEqualTo("dan@ac-lyon.fr");
        assertThat(person.roles()).containsExactly(Role.DAN);
        assertThat(person.academy()).isEqualTo(Academy.LYON);
        assertThat(person.rolesLabel()).isEqualTo("Délégation académique au numérique (DAN)");
    }

    @Test
    void a_national_role_has_no_academy_and_unknown_roles_are_left_out() {
        Person person = Person.of(token("expert-lettres").claim("name", "Claire Martin")
                .claim("roles", List.of("DNE_EXPERT", "SOMETHING_NEW")).build());

        assertThat(person.roles()).containsExactly(Role.DNE_EXPERT);
        assertThat(person.academy()).isNull();
        assertThat(person.academyOf()).isEmpty();
    }

    @Test
    void without_a_name_the_header_greets_by_address_then_by_account() {
        assertThat(Person.of(token("enseignant1-lyon").claim("email", "enseignant1@ac-lyon.fr").claim("roles", List.of("TEACHER")).build())
                .displayName()).isEqualTo("enseignant1@ac-lyon.fr");
        assertThat(Person.of(token("script").build()).displayName()).isEqualTo("script");
    }

    @Test
    void an_academy_code_that_is_none_of_the_thirty_is_no_academy() {
        assertThat(Person.of(token("x").claim("academy", "99").build()).academy()).isNull();
    }
}
