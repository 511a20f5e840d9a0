package fr.education.traam.productions.team.persistence;

import fr.education.traam.productions.team.MemberIdentities;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@Repository
class MongoMemberIdentities implements MemberIdentities {

    static final String COLLECTION = "member-identities";

    private final MongoTemplate mongo;

    MongoMemberIdentities(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** PERSONAL DATA: a member id's address or subject; an erased member keeps only {@code erased}. */
    @Document(COLLECTION)
    record IdentityDocument(@Id String memberId, String email, String subject, boolean erased) {
    }

    @EventListener(ApplicationReadyEvent.class)
    void indexes() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on("email", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("subject", Sort.Direction.ASC));
    }

    @Override
    public void identified(String memberId, String email, String subject) {
        IdentityDocument known = mongo.findById(memberId, IdentityDocument.class);
        if (known != null && known.erased()) {
            return;
        }
        mongo.save(new IdentityDocument(memberId, email, subject, false));
    }

    @Override
    public void erased(String memberId) {
        mongo.save(new IdentityDocument(memberId, null, null, true));
    }

    @Override
    public Set<String> recognising(String email, String subject) {
        List<Criteria> by = new ArrayList<>();
        if (email != null) {
            by.add(Criteria.where("email").is(email));
        }
        if (subject != null) {
            by.add(Criteria.where("subject").is(subject));
        }
        if (by.isEmpty()) {
            return Set.of();
        }
        return mongo.find(Query.query(new Criteria().orOperator(by)), IdentityDocument.class).stream()
                .filter(d -> !d.erased()).map(IdentityDocument::memberId).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Optional<String> addressOf(String memberId) {
        return Optional.ofNullable(mongo.findById(memberId, IdentityDocument.class))
                .filter(d -> !d.erased()).map(IdentityDocument::email).filter(e -> !e.isBlank());
    }
}
