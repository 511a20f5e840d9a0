package fr.education.traam.contract.dissemination;

/** One news item of a published edition, as a reader sees it listed; {@code url} is absent when it links nowhere. */
public record EditionEntry(String title, String url) {
}
