package fr.education.traam.archfixture.applicationknowsweb.selection.persistence;

import fr.education.traam.archfixture.applicationknowsweb.selection.NationalSelection;
import fr.education.traam.archfixture.applicationknowsweb.selection.Selections;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/** The port's implementation, where MongoDB belongs. */
@Repository
public class MongoSelections implements Selections {

    private final MongoTemplate mongo;

    public MongoSelections(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<NationalSelection> find(String id) {
        return Optional.ofNullable(mongo.findById(id, SelectionDocument.class)).map(SelectionDocument::toSelection);
    }
}
