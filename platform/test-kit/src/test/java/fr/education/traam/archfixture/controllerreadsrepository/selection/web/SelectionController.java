package fr.education.traam.archfixture.controllerreadsrepository.selection.web;

import fr.education.traam.archfixture.controllerreadsrepository.selection.Selections;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The violation: a controller that reads the repository itself. */
@RestController
class SelectionController {

    private final Selections selections;

    SelectionController(Selections selections) {
        this.selections = selections;
    }

    @GetMapping("/selections/{id}")
    int capacity(String id) {
        return selections.find(id).orElseThrow().capacity();
    }
}
