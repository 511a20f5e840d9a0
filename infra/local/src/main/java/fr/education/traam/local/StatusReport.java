package fr.education.traam.local;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code ./traam status} shows: every part of the platform and its health, probed from outside as an operator
 * would, so it also sees a platform started by another launcher.
 */
final class StatusReport {

    /** One line of the report. */
    record Line(String name, String address, Health health) {
    }

    private final PlatformSettings settings;
    private final HealthProbe probe;

    StatusReport(PlatformSettings settings, HealthProbe probe) {
        this.settings = settings;
        this.probe = probe;
    }

    List<Line> probe() {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("kafka", settings.kafkaAddress(), probe.tcp(settings.host(), settings.kafkaPort())));
        lines.add(new Line("mongodb", settings.mongoAddress(), probe.tcp(settings.host(), settings.mongoPort())));
        lines.add(new Line("smtp", settings.host() + ":" + settings.smtpPort(),
                probe.tcp(settings.host(), settings.smtpPort())));
        lines.add(new Line("mail-view", settings.mailViewUrl().toString(),
                probe.http(settings.mailViewUrl().resolve("/health"))));
        for (Component component : settings.components().all()) {
            lines.add(new Line(component.name(), component.baseUrl(settings.host()).toString(),
                    probe.http(component.healthUrl(settings.host()))));
        }
        return lines;
    }

    static boolean allHealthy(List<Line> lines) {
        return lines.stream().allMatch(line -> line.health().up());
    }
}
