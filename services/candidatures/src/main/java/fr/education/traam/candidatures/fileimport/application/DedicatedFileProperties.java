package fr.education.traam.candidatures.fileimport.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;

/**
 * @param maxRows       project rows a file may hold; beyond, it is refused at once
 * @param reportLimit   report entries kept per import (all are counted)
 * @param directory     where uploaded files wait for validation (deleted once validated); the system's temporary
 *                      directory by default
 * @param workers       imports processed at the same time
 * @param queue         imports waiting for a worker; beyond, they wait for the sweep
 * @param staleAfter    a running import untouched this long is taken over by the sweep (its worker died)
 * @param sweepInterval how often the sweep looks for such imports
 * @param progressEvery rows between two progress writes while validating
 */
@ConfigurationProperties("traam.candidatures.dedicated-file")
public record DedicatedFileProperties(
        @DefaultValue("20000") int maxRows,
        @DefaultValue("1000") int reportLimit,
        Path directory,
        @DefaultValue("2") int workers,
        @DefaultValue("100") int queue,
        @DefaultValue("2m") Duration staleAfter,
        @DefaultValue("30s") Duration sweepInterval,
        @DefaultValue("500") int progressEvery) {

    public DedicatedFileProperties {
        // Not a @DefaultValue: placeholders such as ${java.io.tmpdir} are not resolved there.
        directory = directory == null ? Path.of(System.getProperty("java.io.tmpdir"), "traam-dedicated-files") : directory;
    }
}
