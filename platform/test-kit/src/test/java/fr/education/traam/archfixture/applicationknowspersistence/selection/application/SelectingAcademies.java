package fr.education.traam.archfixture.applicationknowspersistence.selection.application;

import fr.education.traam.archfixture.applicationknowspersistence.selection.NationalSelection;
import fr.education.traam.archfixture.applicationknowspersistence.selection.persistence.MongoSelections;
import org.springframework.stereotype.Service;

/** The violation: a use case that knows the port's MongoDB implementation. */
@Service
public class SelectingAcademies {

    private final MongoSelections selections;

    public SelectingAcademies(MongoSelections selections) {
        this.selections = selections;
    }

    public NationalSelection selection(String id) {
        return selections.find(id).orElseThrow();
    }
}
