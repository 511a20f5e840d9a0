package fr.education.traam.productions.production.application;

import fr.education.traam.contract.productions.ProductionType;
import fr.education.traam.productions.production.Writing;

import java.util.List;

/**
 * What a group asks to start: its kind, its first version and, for a training module of the national group, the
 * académies whose groups co-author it (ministry codes).
 */
public record NewProduction(String groupId, ProductionType type, Writing writing, List<String> coAuthors) {

    public NewProduction {
        coAuthors = coAuthors == null ? List.of() : List.copyOf(coAuthors);
    }
}
