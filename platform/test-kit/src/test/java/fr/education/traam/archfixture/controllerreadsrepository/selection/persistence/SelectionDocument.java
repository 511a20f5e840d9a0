package fr.education.traam.archfixture.controllerreadsrepository.selection.persistence;

import fr.education.traam.archfixture.controllerreadsrepository.selection.NationalSelection;
import org.springframework.data.mongodb.core.mapping.Document;

/** A stored form, in persistence. */
@Document("selections")
record SelectionDocument(String id, int capacity) {

    NationalSelection toSelection() {
        return new NationalSelection(id, capacity);
    }
}
