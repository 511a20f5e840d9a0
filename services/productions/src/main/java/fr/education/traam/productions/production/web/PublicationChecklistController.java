package fr.education.traam.productions.production.web;

import fr.education.traam.productions.production.A2rneTheme;
import fr.education.traam.productions.production.AccessibilityItem;
import fr.education.traam.productions.production.Licence;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.List;

/**
 * What the publication checks are answered with, public so that a form can ask them in the service's own words: the
 * accessibility checklist by its A2RNE themes, and the licences a production may carry.
 */
@RestController
@Tag(name = "Reference data", description = "The publication checklist and the licences")
class PublicationChecklistController {

    @GetMapping("/api/productions/reference/publication-checklist")
    @Operation(summary = "The accessibility checklist by A2RNE theme, and the accepted licences (public)")
    Checklist checklist() {
        return new Checklist(
                Arrays.stream(A2rneTheme.values()).map(theme -> new ThemeEntry(theme.name(), theme.label(),
                        AccessibilityItem.of(theme).stream().map(item -> new ItemEntry(item.code(), item.label())).toList())).toList(),
                Arrays.stream(Licence.values()).map(licence -> new LicenceEntry(licence.spdx(), licence.label(), licence.url())).toList());
    }

    @Schema(name = "PublicationChecklist")
    record Checklist(List<ThemeEntry> accessibility, List<LicenceEntry> licences) {
    }

    @Schema(name = "AccessibilityTheme")
    record ThemeEntry(String code, String label, List<ItemEntry> items) {
    }

    @Schema(name = "AccessibilityItemEntry")
    record ItemEntry(String code, String label) {
    }

    @Schema(name = "LicenceEntry")
    record LicenceEntry(String spdx, String label, String url) {
    }
}
