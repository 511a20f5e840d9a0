package fr.education.traam.archfixture.updatewithoutversion.selection.web;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

/** Updates that ignore If-Match: a decision and a publication taking no expected version. */
@RestController
class SelectionController {

    @PutMapping("/selections/{id}/decisions/{academy}")
    String decide(String id, String academy) {
        return id + academy;
    }

    @PostMapping(path = "/selections/{id}/publication")
    String publish(String id) {
        return id;
    }
}
