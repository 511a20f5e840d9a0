package fr.education.traam.candidatures.fileimport;

import java.util.UUID;

/** Identity of an upload of a dedicated file. */
public record ImportId(String value) {

    public ImportId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("import id is blank");
        }
    }

    public static ImportId generate() {
        return new ImportId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
