package fr.education.traam.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComponentsTest {

    @Test
    void reads_name_wave_port_and_jar_in_file_order_skipping_comments() {
        Components components = Components.parse(List.of(
                "# a comment",
                "",
                "campaigns  1  8081  services/campaigns/target/c.jar",
                "gateway\t2\t8080\tgateway/target/g.jar"));

        assertThat(components.all()).containsExactly(
                new Component("campaigns", 1, 8081, Path.of("services/campaigns/target/c.jar")),
                new Component("gateway", 2, 8080, Path.of("gateway/target/g.jar")));
    }

    @Test
    void groups_components_by_ascending_wave() {
        Components components = Components.parse(List.of(
                "gateway 2 8080 g.jar", "campaigns 1 8081 c.jar", "groups 1 8083 gr.jar"));

        assertThat(components.waves().keySet()).containsExactly(1, 2);
        assertThat(components.waves().get(1)).extracting(Component::name).containsExactly("campaigns", "groups");
    }

    @Test
    void keeps_only_the_named_components_the_identity_provider_and_the_gateway_in_file_order() {
        Components components = Components.parse(List.of("identity 1 9000 i.jar",
                "campaigns 1 8081 c.jar", "groups 1 8083 gr.jar", "dissemination 1 8085 d.jar", "gateway 2 8080 g.jar"));

        assertThat(components.only(List.of("dissemination", "campaigns")).all()).extracting(Component::name)
                .containsExactly("identity", "campaigns", "dissemination", "gateway");
        assertThatThrownBy(() -> components.only(List.of("campaigns", "catalogue"))).hasMessageContaining("catalogue");
    }

    @Test
    void ships_the_campaigns_service_then_the_gateway_on_the_documented_ports() {
        Components bundled = Components.bundled();

        assertThat(bundled.all()).extracting(Component::name, Component::port)
                .startsWith(org.assertj.core.groups.Tuple.tuple("campaigns", 8081));
        Component last = bundled.waves().get(bundled.waves().lastKey()).get(0);
        assertThat(last.name()).isEqualTo("gateway");
        assertThat(last.port()).isEqualTo(8080);
        assertThat(bundled.waves().get(bundled.waves().lastKey())).hasSize(1);
        // The identity provider starts with the services: they fetch its keys on their first token only.
        assertThat(bundled.named("identity")).hasValueSatisfying(identity -> {
            assertThat(identity.wave()).isEqualTo(1);
            assertThat(identity.port()).isEqualTo(9000);
            assertThat(identity.jar()).isEqualTo(Path.of("infra/identity/target/traam-identity-0.1.0-SNAPSHOT.jar"));
        });
        // The web application needs nothing at start: it starts with the services, before the gateway.
        assertThat(bundled.waves().get(1)).extracting(Component::name, Component::port)
                .contains(org.assertj.core.groups.Tuple.tuple("web", 8086));
    }

    @Test
    void the_services_are_the_components_built_under_services_not_the_provider_the_web_application_nor_the_gateway() {
        assertThat(Components.bundled().services()).extracting(Component::name)
                .containsExactly("campaigns", "candidatures", "groups", "productions", "dissemination");
        Components parsed = Components.parse(List.of("a 1 8001 services/a/a.jar", "b 1 8002 web/b.jar",
                "c 1 8003 services-old/c.jar", "d 2 8004 services/d/target/d.jar"));
        assertThat(parsed.services()).extracting(Component::name).containsExactly("a", "d");
    }

    @Test
    void rejects_a_line_without_four_fields_naming_the_line() {
        assertThatThrownBy(() -> Components.parse(List.of("# header", "campaigns 1 8081")))
                .hasMessageContaining("line 2").hasMessageContaining("name wave port jar");
    }

    @Test
    void rejects_a_port_out_of_range() {
        assertThatThrownBy(() -> Components.parse(List.of("campaigns 1 70000 c.jar")))
                .hasMessageContaining("between 1 and 65535");
    }

    @Test
    void rejects_a_port_given_twice() {
        assertThatThrownBy(() -> Components.parse(List.of("campaigns 1 8081 c.jar", "groups 1 8081 g.jar")))
                .hasMessageContaining("port 8081 given to two components");
    }

    @Test
    void rejects_a_name_given_twice() {
        assertThatThrownBy(() -> Components.parse(List.of("campaigns 1 8081 c.jar", "campaigns 1 8082 g.jar")))
                .hasMessageContaining("listed twice");
    }

    @Test
    void rejects_an_absolute_jar_path() {
        assertThatThrownBy(() -> Components.parse(List.of("campaigns 1 8081 /tmp/c.jar")))
                .hasMessageContaining("relative to the repository root");
    }
}
