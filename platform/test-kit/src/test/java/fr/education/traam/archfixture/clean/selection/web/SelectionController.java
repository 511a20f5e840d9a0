package fr.education.traam.archfixture.clean.selection.web;

import fr.education.traam.archfixture.clean.selection.ExpectedVersion;
import fr.education.traam.archfixture.clean.selection.application.SelectingAcademies;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** A controller that goes through the use case; its updates take the expected version, or say why they need none. */
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

    @PostMapping("/selections")
    int begin(String id) {
        return selecting.selection(id).capacity();
    }

    @DeleteMapping("/selections/{id}/decisions/{academy}")
    int retract(String id, String academy, ExpectedVersion expected) {
        return selecting.selection(id).capacity();
    }

    @PostMapping("/selections/{id}/reminders")
    @Unconditional("a reminder changes nothing of the selection")
    int remind(String id) {
        return selecting.selection(id).capacity();
    }
}
