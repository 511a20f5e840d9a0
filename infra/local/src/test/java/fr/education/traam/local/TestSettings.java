package fr.education.traam.local;

import java.time.Duration;
import java.util.List;

/** Platform settings on free ports with small, quick child JVMs. */
final class TestSettings {

    private TestSettings() {
    }

    static PlatformSettings of(Components components, Duration startupTimeout) {
        return of(FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next(), components, startupTimeout);
    }

    static PlatformSettings of(int kafkaPort, int mongoPort, int smtpPort, int mailViewPort, Components components,
            Duration startupTimeout) {
        return new PlatformSettings("localhost", kafkaPort, mongoPort, smtpPort, mailViewPort, 1, components,
                startupTimeout,
                Duration.ofSeconds(2), PlatformSettings.currentJava(),
                List.of("-Xmx32m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto"), false);
    }
}
