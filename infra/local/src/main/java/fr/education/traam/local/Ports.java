package fr.education.traam.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Finds ports that another process already holds, so that {@code up} fails before starting anything. */
final class Ports {

    private Ports() {
    }

    static void requireValid(int port, String owner) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port of " + owner + " must be between 1 and 65535: " + port);
        }
    }

    /**
     * Binding the wildcard address conflicts with a listener on any interface, where a connect test would miss a
     * server bound to another address; Java sets SO_REUSEADDR, so sockets in TIME_WAIT do not count as busy.
     */
    static boolean isBusy(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(port));
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** The wanted ports (port to its owner) that are busy, in the order given. */
    static Map<Integer, String> busy(Map<Integer, String> wanted) {
        Map<Integer, String> busy = new LinkedHashMap<>();
        wanted.forEach((port, owner) -> {
            if (isBusy(port)) {
                busy.put(port, owner);
            }
        });
        return busy;
    }

    /**
     * {@code count} distinct ports free right now: the sockets stay open until all are chosen, so that the system
     * cannot hand the same port out twice. Another process may still take one before its server binds it.
     */
    static List<Integer> free(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket();
                sockets.add(socket);
                socket.bind(new InetSocketAddress(0));
            }
            return sockets.stream().map(ServerSocket::getLocalPort).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException e) {
                    // Nothing was served on it; the port is released either way when this JVM ends.
                }
            }
        }
    }

}
