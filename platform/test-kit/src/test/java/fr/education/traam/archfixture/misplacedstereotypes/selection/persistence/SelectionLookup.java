package fr.education.traam.archfixture.misplacedstereotypes.selection.persistence;

import org.springframework.stereotype.Service;

/** The violation: a service outside application. */
@Service
class SelectionLookup {
}
