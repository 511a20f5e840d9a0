package fr.education.traam.candidatures.reference.web;

import fr.education.traam.reference.Academy;
import fr.education.traam.reference.CrcnCompetence;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.List;

/** The reference data a candidature is checked against, public so that forms and file templates can use it. */
@RestController
@RequestMapping("/api/candidatures/reference")
@Tag(name = "Reference data", description = "Académies and CRCN competences")
class ReferenceController {

    @GetMapping("/academies")
    @Operation(summary = "The 30 académies with their ministry codes (public)")
    List<AcademyEntry> academies() {
        return Arrays.stream(Academy.values()).map(a -> new AcademyEntry(a.code(), a.label(), a.region().label())).toList();
    }

    @GetMapping("/crcn")
    @Operation(summary = "The 16 CRCN competences by code, with their domain (public)")
    List<CrcnEntry> crcn() {
        return CrcnCompetence.ALL.stream().map(c -> new CrcnEntry(c.code(), c.label(), c.domain().number(), c.domain().label())).toList();
    }

    @Schema(name = "AcademyEntry")
    record AcademyEntry(String code, String name, String region) {
    }

    @Schema(name = "CrcnEntry")
    record CrcnEntry(String code, String label, int domain, String domainLabel) {
    }
}
