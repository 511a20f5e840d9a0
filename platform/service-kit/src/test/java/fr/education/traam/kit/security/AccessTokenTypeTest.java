package fr.education.traam.kit.security;

import fr.education.traam.kit.KitTestApplication;
import fr.education.traam.testkit.ApiClient;
import fr.education.traam.testkit.TestInfrastructure;
import fr.education.traam.testkit.TraamInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;

import static fr.education.traam.testkit.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only an access token is a bearer (ADR 5, RFC 9068): with the public key file, as {@code @TraamInfrastructure}
 * configures a service, a token signed by the platform's key under its issuer is refused with a 401 problem unless its
 * header says {@code typ: at+jwt}. The provider's ID tokens carry the same claims and key but {@code typ: JWT}; they
 * travel through browsers at logout, so accepting one would let whoever read it call the API as that person.
 * (The JWK set decoder is held to the same rule in {@link JwkSetVerificationTest}.)
 */
@SpringBootTest(classes = {KitTestApplication.class, JwkSetVerificationTest.WhoAmI.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TraamInfrastructure
class AccessTokenTypeTest {

    @LocalServerPort
    int port;

    @Test
    void a_token_typed_jwt_as_an_id_token_is_refused_with_a_problem() {
        assertProblem(whoAmI(TestInfrastructure.tokens().withHeaderType("OPERATOR", "JWT")), 401, "unauthorized");
    }

    @Test
    void a_token_without_typ_is_refused_with_a_problem() {
        assertProblem(whoAmI(TestInfrastructure.tokens().withHeaderType("OPERATOR", null)), 401, "unauthorized");
    }

    @Test
    void an_access_token_is_accepted_whatever_the_case_and_with_or_without_the_media_type_prefix() {
        assertThat(whoAmI(TestInfrastructure.tokens().bearer("OPERATOR")).statusCode()).isEqualTo(200);
        for (String type : new String[] {"at+jwt", "AT+JWT", "application/at+jwt"}) {
            HttpResponse<String> answer = whoAmI(TestInfrastructure.tokens().withHeaderType("OPERATOR", type));
            assertThat(answer.statusCode()).as(type + ": " + answer.body()).isEqualTo(200);
        }
    }

    private HttpResponse<String> whoAmI(String authorization) {
        return new ApiClient(port).get("/kit-test/who-am-i", authorization);
    }
}
