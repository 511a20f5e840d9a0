package fr.education.traam.archfixture.controllerreadsrepository.selection.application;

import fr.education.traam.archfixture.controllerreadsrepository.selection.NationalSelection;
import fr.education.traam.archfixture.controllerreadsrepository.selection.Selections;
import org.springframework.stereotype.Service;

/** A use case: the only way adapters reach the domain. */
@Service
public class SelectingAcademies {

    private final Selections selections;

    public SelectingAcademies(Selections selections) {
        this.selections = selections;
    }

    public NationalSelection selection(String id) {
        return selections.find(id).orElseThrow();
    }
}
