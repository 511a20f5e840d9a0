package fr.education.traam.local;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

/** Builds small executable jars from test classes, so the launcher starts real JVMs with {@code java -jar}. */
final class TestJars {

    private TestJars() {
    }

    /** An executable jar at {@code root/jar} whose main class is {@code main} (which must use only the JDK). */
    static Path executable(Path root, Path jar, Class<?> main) throws IOException {
        Path file = root.resolve(jar);
        Files.createDirectories(file.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, main.getName());
        String entry = main.getName().replace('.', '/') + ".class";
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
            jarOut.putNextEntry(new JarEntry(entry));
            jarOut.write(Files.readAllBytes(classFile(main)));
            jarOut.closeEntry();
        }
        return file;
    }

    /**
     * An executable jar at {@code root/jar} whose main class is {@code main}, run on this test JVM's class path (the
     * manifest's {@code Class-Path}): a stand-in for the launcher jar that {@code ./traam} executes.
     */
    static Path onTestClassPath(Path root, Path jar, Class<?> main) throws IOException {
        Path file = root.resolve(jar);
        Files.createDirectories(file.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, main.getName());
        // Surefire runs the tests from a manifest-only jar and puts the real class path in java.class.path.
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, Arrays.stream(
                        System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toUri().toString())
                .collect(Collectors.joining(" ")));
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
            jarOut.flush();
        }
        return file;
    }

    private static Path classFile(Class<?> type) {
        try {
            Path classes = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            return classes.resolve(type.getName().replace('.', '/') + ".class");
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
