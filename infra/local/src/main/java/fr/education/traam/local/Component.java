package fr.education.traam.local;

import java.net.URI;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * One Spring Boot application the launcher runs in its own JVM.
 *
 * @param name short name, also the name of its log file
 * @param wave start wave: a wave starts once every component of the earlier waves is up
 * @param port HTTP port, passed to the component as {@code --server.port}
 * @param jar  executable jar, relative to the repository root
 */
record Component(String name, int wave, int port, Path jar) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

    Component {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("component name must be lower-case letters, digits and dashes: " + name);
        }
        if (wave < 1) {
            throw new IllegalArgumentException("wave of " + name + " must be 1 or more: " + wave);
        }
        Ports.requireValid(port, name);
        if (jar == null || jar.isAbsolute()) {
            throw new IllegalArgumentException("jar of " + name + " must be relative to the repository root: " + jar);
        }
    }

    URI baseUrl(String host) {
        return URI.create("http://" + host + ":" + port);
    }

    URI healthUrl(String host) {
        return baseUrl(host).resolve("/actuator/health");
    }
}
