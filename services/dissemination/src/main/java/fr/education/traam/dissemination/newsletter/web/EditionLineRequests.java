package fr.education.traam.dissemination.newsletter.web;

import fr.education.traam.dissemination.newsletter.NewsItem;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Request bodies of the editor's API, checked field by field before the domain sees them. */
final class EditionLineRequests {

    private EditionLineRequests() {
    }

    @Schema(name = "DraftOrder", description = "Every item id of the draft, each once, in the order of the edition.")
    record Order(@NotNull List<@NotBlank String> order) {
    }

    @Schema(name = "ItemNote", description = "The editor's note on an item; blank or absent removes it.")
    record Note(@Size(max = NewsItem.MAX_NOTE) String note) {
    }

    @Schema(name = "Spotlight", description = "The item that opens the edition as \"Zoom sur…\"; null chooses none.")
    record Spotlight(String itemId) {
    }
}
