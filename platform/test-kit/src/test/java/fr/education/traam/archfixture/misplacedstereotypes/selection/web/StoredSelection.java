package fr.education.traam.archfixture.misplacedstereotypes.selection.web;

import org.springframework.data.mongodb.core.mapping.Document;

/** The violation: a MongoDB document outside persistence. */
@Document("selections")
record StoredSelection(String id) {
}
