package fr.education.traam.archfixture.misplacedstereotypes.selection.application;

import org.springframework.web.bind.annotation.RestController;

/** The violation: a controller outside web. */
@RestController
class SelectionEndpoint {
}
