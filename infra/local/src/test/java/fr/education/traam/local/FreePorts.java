package fr.education.traam.local;

import java.io.IOException;
import java.net.ServerSocket;

/** Ports free at the time of the call: tests never bind the documented ports, a platform may be running. */
final class FreePorts {

    private FreePorts() {
    }

    static int next() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }
}
