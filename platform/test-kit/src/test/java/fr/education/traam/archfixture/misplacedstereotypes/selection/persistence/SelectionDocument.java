package fr.education.traam.archfixture.misplacedstereotypes.selection.persistence;

import fr.education.traam.archfixture.misplacedstereotypes.selection.NationalSelection;
import org.springframework.data.mongodb.core.mapping.Document;

/** A stored form, in persistence. */
@Document("selections")
record SelectionDocument(String id, int capacity) {

    NationalSelection toSelection() {
        return new NationalSelection(id, capacity);
    }
}
