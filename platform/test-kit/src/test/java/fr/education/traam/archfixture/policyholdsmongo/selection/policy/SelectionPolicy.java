package fr.education.traam.archfixture.policyholdsmongo.selection.policy;

import org.springframework.data.mongodb.core.MongoTemplate;

/** The violation: a new domain sub-package that holds a MongoTemplate. */
public class SelectionPolicy {

    private final MongoTemplate mongo;

    public SelectionPolicy(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public boolean allows(String id) {
        return mongo.getCollectionName(Object.class).isEmpty();
    }
}
