package fr.education.traam.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the local platform keeps its data: {@code .traam/} under the repository root, git-ignored, so that a
 * second {@code up} finds the Kafka log and the MongoDB file of the first, and {@code rm -rf .traam} resets all.
 * A platform started for a test keeps its {@code .traam/} in a folder of its own instead ({@code home}), so that it
 * neither reads nor spoils the developer's data.
 *
 * @param root the repository root, where the component jars are
 * @param home the folder holding {@code .traam/}, also the working directory of every component (their
 *             configuration names files under {@code .traam/} relative to it)
 */
record Workspace(Path root, Path home) {

    Workspace {
        root = root.toAbsolutePath().normalize();
        home = home.toAbsolutePath().normalize();
    }

    /** The {@code ./traam up} layout: data under the repository root. */
    Workspace(Path root) {
        this(root, root);
    }

    static Workspace currentDirectory() {
        return new Workspace(Path.of(""));
    }

    Path data() {
        return home.resolve(".traam");
    }

    Path kafka() {
        return data().resolve("kafka");
    }

    Path mongoFile() {
        return data().resolve("mongo").resolve("traam.h2");
    }

    Path keys() {
        return data().resolve("keys");
    }

    Path publicKey() {
        return keys().resolve("jwt-public.pem");
    }

    Path logs() {
        return data().resolve("logs");
    }

    Path log(String name) {
        return logs().resolve(name + ".log");
    }

    Path pidFile() {
        return data().resolve("run").resolve("pids");
    }

    void createDirectories() {
        try {
            for (Path directory : new Path[] {kafka(), mongoFile().getParent(), keys(), logs(), pidFile().getParent()}) {
                Files.createDirectories(directory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folders under " + data(), e);
        }
    }

    /** Shows a path relative to the root when it is under it: shorter in tables, still usable from the root. */
    String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute).toString() : absolute.toString();
    }
}
