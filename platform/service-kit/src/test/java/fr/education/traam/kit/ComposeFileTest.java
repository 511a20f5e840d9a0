package fr.education.traam.kit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml as Compose reads it (YAML merge keys resolved, as {@code docker compose config} would show it):
 * no Docker engine runs where the suite does, so what the file must say about tokens and start-up order is checked
 * here. One issuer and one JWK set for every component that verifies tokens; the key pair's private half in the
 * identity provider alone; the web application behind the gateway; everyone waits for what it needs to be healthy.
 */
class ComposeFileTest {

    private static final Path ROOT = Path.of(System.getProperty("traam.root", "../.."));
    private static final String ISSUER = "http://localhost:9000";
    private static final String JWK_SET_URI = "http://identity:9000/oauth2/jwks";
    /** Every component that verifies tokens: the services, the web application and the gateway. */
    private static final Set<String> VERIFIERS =
            Set.of("campaigns", "candidatures", "groups", "productions", "dissemination", "web", "gateway");

    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    static void readTheComposeFile() throws IOException {
        try (Reader file = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(file);
            services = cast(compose.get("services"));
        }
    }

    @Test
    void every_component_that_verifies_tokens_expects_the_provider_s_issuer_and_reads_its_jwk_set() {
        assertThat(services.keySet()).containsAll(VERIFIERS);
        for (String name : VERIFIERS) {
            Map<String, Object> environment = cast(services.get(name).get("environment"));
            assertThat(environment).as(name)
                    .containsEntry("TRAAM_ISSUER", ISSUER)
                    .containsEntry("TRAAM_JWK_SET_URI", JWK_SET_URI);
        }
        assertThat(map(services.get("identity").get("environment")))
                .as("the provider signs as the issuer the others expect").containsEntry("TRAAM_ISSUER", ISSUER);
    }

    @Test
    void the_identity_provider_is_built_from_its_dockerfile_published_on_9000_and_healthy_on_its_actuator() {
        Map<String, Object> identity = services.get("identity");

        assertThat(dockerfile(identity)).isEqualTo("infra/identity/Dockerfile");
        assertThat(identity.get("ports")).asList().containsExactly("9000:9000");
        assertThat(healthcheck(identity)).contains("http://localhost:9000/actuator/health");
        assertThat(ROOT.resolve("infra/identity/Dockerfile")).content()
                .contains("ARG MODULE=infra/identity", "\"$MODULE\"/target/traam-identity-0.1.0-SNAPSHOT.jar", "ARG PORT=9000");
    }

    @Test
    void the_private_key_is_mounted_read_only_into_the_identity_provider_and_nowhere_else() {
        List<Map<String, Object>> identityMounts = binds(services.get("identity"));
        assertThat(identityMounts).singleElement().satisfies(mount -> {
            assertThat(mount).containsEntry("source", "./.traam/keys").containsEntry("read_only", true);
            assertThat(map(mount.get("bind"))).containsEntry("create_host_path", false);
        });
        assertThat(map(services.get("identity").get("environment")))
                .containsEntry("TRAAM_SIGNING_KEYS", identityMounts.get(0).get("target"));

        services.forEach((name, service) -> {
            if (!name.equals("identity")) {
                for (Map<String, Object> mount : binds(service)) {
                    assertThat(mount.get("source")).as(name + " sees only the public half")
                            .isEqualTo("./.traam/keys/jwt-public.pem");
                    assertThat(mount).as(name).containsEntry("read_only", true);
                }
            }
        });
    }

    @Test
    void the_web_application_is_reached_only_through_the_gateway() {
        Map<String, Object> web = services.get("web");

        assertThat(dockerfile(web)).isEqualTo("web/Dockerfile");
        assertThat(web).as("no port published on the host").doesNotContainKey("ports");
        assertThat(web.get("expose")).asList().containsExactly("8086");
        assertThat(healthcheck(web)).contains("http://localhost:8086/actuator/health");
        assertThat(map(web.get("environment"))).containsEntry("TRAAM_API_URL", "http://gateway:8080");
        assertThat(services.get("gateway").get("ports")).asList().containsExactly("8080:8080");
        assertThat(ROOT.resolve("web/Dockerfile")).content()
                .contains("ARG MODULE=web", "\"$MODULE\"/target/traam-web-0.1.0-SNAPSHOT.jar", "ARG PORT=8086");
    }

    @Test
    void the_gateway_waits_for_the_provider_the_web_application_and_every_service_to_be_healthy() {
        Map<String, Object> waitsFor = cast(services.get("gateway").get("depends_on"));

        assertThat(waitsFor.keySet()).containsExactlyInAnyOrder(
                "identity", "web", "campaigns", "candidatures", "groups", "productions", "dissemination");
        waitsFor.forEach((name, condition) ->
                assertThat(map(condition)).as(name).containsEntry("condition", "service_healthy"));
    }

    @Test
    void every_dependency_has_a_healthcheck_and_every_build_a_dockerfile_in_the_repository() {
        Set<String> awaited = new TreeSet<>();
        services.values().forEach(service -> {
            if (service.get("depends_on") != null) {
                Map<String, Object> dependencies = cast(service.get("depends_on"));
                awaited.addAll(dependencies.keySet());
            }
        });
        for (String name : awaited) {
            assertThat(services).as("depends on an unknown service").containsKey(name);
            assertThat(healthcheck(services.get(name))).as(name + " is awaited healthy, so it needs a healthcheck")
                    .isNotEmpty();
        }
        services.forEach((name, service) -> {
            if (service.get("build") != null) {
                assertThat(ROOT.resolve(dockerfile(service))).as(name).isRegularFile();
            }
        });
    }

    private static String dockerfile(Map<String, Object> service) {
        Map<String, Object> build = cast(service.get("build"));
        assertThat(build).containsEntry("context", ".");
        return (String) build.get("dockerfile");
    }

    private static String healthcheck(Map<String, Object> service) {
        Map<String, Object> check = cast(service.get("healthcheck"));
        return check == null ? "" : String.valueOf(check.get("test"));
    }

    private static List<Map<String, Object>> binds(Map<String, Object> service) {
        List<Object> volumes = cast(Objects.requireNonNullElse(service.get("volumes"), List.of()));
        return volumes.stream()
                .filter(volume -> {
                    // Short syntax is kept for named volumes (mongo-data:/data/db); a host path must be spelled out.
                    assertThat(volume instanceof Map<?, ?> || !String.valueOf(volume).matches("^[./~].*"))
                            .as("bind mount %s in long syntax, with read_only and create_host_path", volume).isTrue();
                    return volume instanceof Map<?, ?> mount && "bind".equals(mount.get("type"));
                })
                .map(volume -> ComposeFileTest.<Map<String, Object>>cast(volume))
                .toList();
    }

    private static Map<String, Object> map(Object value) {
        return cast(value);
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }
}
