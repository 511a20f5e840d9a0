package fr.education.traam.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Finds a TCP port nobody listens on. The port is only probably free by the time the caller binds it,
 * which is good enough for servers that must know their port before they start (Kafka advertises it).
 */
public final class FreePorts {

    private FreePorts() {
    }

    /** Returns {@code port} itself when it is positive, otherwise a port free on {@code host} right now. */
    public static int resolve(String host, int port) {
        if (port > 0) {
            return port;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(host), 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on " + host, e);
        }
    }
}
