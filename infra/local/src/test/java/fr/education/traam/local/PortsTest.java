package fr.education.traam.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void reports_a_port_held_on_localhost_with_its_owner_and_not_a_free_one() throws IOException {
        try (ServerSocket held = new ServerSocket()) {
            held.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int free = FreePorts.next();
            Map<Integer, String> wanted = new LinkedHashMap<>();
            wanted.put(free, "campaigns");
            wanted.put(held.getLocalPort(), "Kafka");

            assertThat(Ports.busy(wanted)).containsExactly(Map.entry(held.getLocalPort(), "Kafka"));
        }
    }

    @Test
    void a_released_port_is_free_again() throws IOException {
        int port;
        try (ServerSocket held = new ServerSocket(0)) {
            port = held.getLocalPort();
            assertThat(Ports.isBusy(port)).isTrue();
        }
        assertThat(Ports.isBusy(port)).isFalse();
    }

    @Test
    void hands_out_distinct_ports_that_are_free_once_chosen() {
        List<Integer> ports = Ports.free(6);

        assertThat(ports).hasSize(6).doesNotHaveDuplicates();
        assertThat(ports).allSatisfy(port -> assertThat(Ports.isBusy(port)).isFalse());
    }
}
