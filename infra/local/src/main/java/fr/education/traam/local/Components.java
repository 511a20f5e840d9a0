package fr.education.traam.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The components of the local platform, in start order.
 *
 * <p>They come from {@code components.conf}, one whitespace-separated line each ({@code name wave port jar}), so
 * that adding a service is one line, and so that {@code ./traam} can read the jar paths with plain shell tools.
 */
record Components(List<Component> all) {

    static final String RESOURCE = "components.conf";
    static final String GATEWAY = "gateway";
    /** The identity provider: the issuer every component's tokens are checked against. */
    static final String IDENTITY = "identity";
    /** Where the domain services' modules live: a component whose jar is built there is a service. */
    private static final Path SERVICES = Path.of("services");

    Components {
        all = List.copyOf(all);
        Set<String> names = new HashSet<>();
        Set<Integer> ports = new HashSet<>();
        for (Component component : all) {
            if (!names.add(component.name())) {
                throw new IllegalArgumentException("component listed twice: " + component.name());
            }
            if (!ports.add(component.port())) {
                throw new IllegalArgumentException("port " + component.port() + " given to two components");
            }
        }
    }

    static Components bundled() {
        try (InputStream in = Components.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the launcher jar");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Components parse(List<String> lines) {
        List<Component> components = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\\s+");
            if (fields.length != 4) {
                throw new IllegalArgumentException(
                        RESOURCE + " line " + (i + 1) + ": expected 'name wave port jar', got '" + line + "'");
            }
            try {
                components.add(new Component(
                        fields[0], Integer.parseInt(fields[1]), Integer.parseInt(fields[2]), Path.of(fields[3])));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(RESOURCE + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return new Components(components);
    }

    /** The same components on other ports, the i-th component on the i-th port. */
    Components onPorts(List<Integer> ports) {
        if (ports.size() != all.size()) {
            throw new IllegalArgumentException(all.size() + " components, " + ports.size() + " ports");
        }
        List<Component> moved = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Component component = all.get(i);
            moved.add(new Component(component.name(), component.wave(), ports.get(i), component.jar()));
        }
        return new Components(moved);
    }

    /**
     * Only the components named, the gateway and the identity provider (whose address is the issuer every token is
     * checked against), in file order: a platform for a measure that passes through a few services. The gateway still
     * routes to the others' configured addresses, where nothing answers (503).
     */
    Components only(Collection<String> names) {
        Set<String> unknown = new HashSet<>(names);
        all.forEach(component -> unknown.remove(component.name()));
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("no component named " + String.join(", ", unknown) + " in " + RESOURCE);
        }
        return new Components(all.stream().filter(c -> c.name().equals(GATEWAY) || c.name().equals(IDENTITY)
                || names.contains(c.name())).toList());
    }

    /** The domain services, in file order: the components built under {@code services/}. */
    List<Component> services() {
        return all.stream().filter(component -> component.jar().startsWith(SERVICES)).toList();
    }

    Optional<Component> named(String name) {
        return all.stream().filter(component -> component.name().equals(name)).findFirst();
    }

    /** The components grouped by wave, waves in ascending order, file order inside a wave. */
    SortedMap<Integer, List<Component>> waves() {
        SortedMap<Integer, List<Component>> waves = new TreeMap<>();
        all.forEach(component -> waves.computeIfAbsent(component.wave(), wave -> new ArrayList<>()).add(component));
        return waves;
    }
}
