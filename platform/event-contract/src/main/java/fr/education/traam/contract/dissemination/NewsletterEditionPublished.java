package fr.education.traam.contract.dissemination;

import fr.education.traam.contract.TraamEvent;

import java.time.Instant;
import java.util.List;

/**
 * An editor published the draft of an ÉduNum edition line as its edition n°{@code number}, readable at
 * {@code url}. {@code spotlight} is the entry shown first as "Zoom sur…", absent when the editor chose none;
 * {@code entries} lists every item in the edition's order, the spotlight first.
 */
public record NewsletterEditionPublished(
        String editionLineId,
        EditionLineKind lineKind,
        String lineTitle,
        int number,
        String title,
        String url,
        Instant publishedAt,
        EditionEntry spotlight,
        List<EditionEntry> entries,
        String publishedBy) implements TraamEvent {

    @Override
    public String aggregateId() {
        return editionLineId;
    }
}
