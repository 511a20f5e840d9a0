package fr.education.traam.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("docker")
class DockerProfileTest {

    @DynamicPropertySource
    static void keyOutsideAContainer(DynamicPropertyRegistry registry) {
        // /run/traam/keys exists only in the containers; the location itself is checked below.
        registry.add("traam.security.jwt.public-key-location", TestTokens::publicKeyLocation);
    }

    @Autowired
    private RouteLocator routes;

    @Test
    void routes_each_service_to_its_compose_host() {
        Map<String, URI> uris = routes.getRoutes().collectMap(Route::getId, Route::getUri).block();

        assertThat(uris).containsOnly(
                Map.entry("campaigns", URI.create("http://campaigns:8081")),
                Map.entry("candidatures", URI.create("http://candidatures:8082")),
                Map.entry("groups", URI.create("http://groups:8083")),
                Map.entry("productions", URI.create("http://productions:8084")),
                Map.entry("dissemination", URI.create("http://dissemination:8085")),
                Map.entry("web", URI.create("http://web:8086")));
    }

    @Test
    void reaches_the_provider_on_compose_s_network_while_browsers_go_to_the_issuer(
            @Autowired ReactiveClientRegistrationRepository registrations) {
        ClientRegistration traam = registrations.findByRegistrationId("traam").block();

        assertThat(traam.getProviderDetails().getTokenUri()).isEqualTo("http://identity:9000/oauth2/token");
        assertThat(traam.getProviderDetails().getJwkSetUri()).isEqualTo("http://identity:9000/oauth2/jwks");
        assertThat(traam.getProviderDetails().getUserInfoEndpoint().getUri()).isEqualTo("http://identity:9000/userinfo");
        assertThat(traam.getProviderDetails().getAuthorizationUri()).isEqualTo("http://localhost:9000/oauth2/authorize");
        assertThat(traam.getProviderDetails().getIssuerUri()).isEqualTo("http://localhost:9000");
    }

    @Test
    void reads_the_public_key_mounted_by_compose(@Autowired ConfigurableEnvironment environment) {
        // Dynamic properties outrank profiles, so read what the docker profile file itself declares.
        assertThat(environment.getPropertySources().stream()
                .filter(source -> source.getName().contains("application-docker.yml"))
                .map(source -> source.getProperty("traam.security.jwt.public-key-location"))
                .collect(Collectors.toList()))
                .containsExactly("file:/run/traam/keys/jwt-public.pem");
    }
}
