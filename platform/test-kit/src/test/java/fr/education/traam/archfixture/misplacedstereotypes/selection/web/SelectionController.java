package fr.education.traam.archfixture.misplacedstereotypes.selection.web;

import fr.education.traam.archfixture.misplacedstereotypes.selection.application.SelectingAcademies;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A controller that goes through the use case. */
@RestController
class SelectionController {

    private final SelectingAcademies selecting;

    SelectionController(SelectingAcademies selecting) {
        this.selecting = selecting;
    }

    @GetMapping("/selections/{id}")
    int capacity(String id) {
        return selecting.selection(id).capacity();
    }
}
