package fr.education.traam.productions.catalogue.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The catalogue's bounds: a page holds {@code default-page-size} entries unless asked for up to {@code max-page-size};
 * a search has at most {@code max-words} words.
 */
@ConfigurationProperties("traam.productions.catalogue")
public record CatalogueProperties(@DefaultValue("20") int defaultPageSize, @DefaultValue("100") int maxPageSize,
                                  @DefaultValue("10") int maxWords) {
}
