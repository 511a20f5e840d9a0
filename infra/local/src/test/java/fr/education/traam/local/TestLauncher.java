package fr.education.traam.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The launcher as {@code ./traam} runs it, with the settings of a test: what {@link TraamLocal#main} does, but with
 * Kafka, MongoDB, the SMTP server and the stub components that {@value #SETTINGS} in the working directory names
 * (first line the Kafka, MongoDB, SMTP and mail view ports, then lines of {@code components.conf}), all on free
 * ports. Tests put it where {@code ./traam} expects the launcher jar.
 */
public final class TestLauncher {

    static final String SETTINGS = "test-launcher.conf";

    private TestLauncher() {
    }

    public static void main(String[] args) {
        Workspace workspace = Workspace.currentDirectory();
        System.exit(TraamLocal.run(workspace, () -> settings(workspace.home().resolve(SETTINGS)), args));
    }

    /** Writes the settings that {@link #main} reads in {@code home}. */
    static void write(Path home, PlatformSettings settings) throws IOException {
        StringBuilder text = new StringBuilder(settings.kafkaPort() + " " + settings.mongoPort() + " "
                + settings.smtpPort() + " " + settings.mailViewPort() + "\n");
        settings.components().all().forEach(component -> text.append(component.name()).append(' ')
                .append(component.wave()).append(' ').append(component.port()).append(' ')
                .append(component.jar()).append('\n'));
        Files.writeString(home.resolve(SETTINGS), text);
    }

    private static PlatformSettings settings(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            String[] ports = lines.get(0).split(" ");
            return TestSettings.of(Integer.parseInt(ports[0]), Integer.parseInt(ports[1]), Integer.parseInt(ports[2]),
                    Integer.parseInt(ports[3]), Components.parse(lines.subList(1, lines.size())),
                    Duration.ofSeconds(60));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
