package fr.education.traam.groups.work;

import fr.education.traam.kit.domain.Refused;

import java.util.UUID;

/** A progress report's opaque id. */
public record ReportId(String value) {

    public ReportId {
        if (value == null || value.isBlank()) {
            throw Refused.invalid("reportId", "a report id is required");
        }
    }

    public static ReportId random() {
        return new ReportId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
