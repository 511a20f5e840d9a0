package fr.education.traam.productions.team.persistence;

import fr.education.traam.contract.groups.GroupKind;
import fr.education.traam.productions.team.Team;
import fr.education.traam.productions.team.Teams;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;
import java.util.Set;

@Repository
class MongoTeams implements Teams {

    static final String COLLECTION = "groups";

    private final MongoTemplate mongo;

    MongoTeams(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventListener(ApplicationReadyEvent.class)
    void indexes() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on("memberIds", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("campaignId", Sort.Direction.ASC).on("themeId", Sort.Direction.ASC));
    }

    @Override
    public Optional<Team> find(String groupId) {
        return Optional.ofNullable(mongo.findById(groupId, TeamDocument.class)).map(TeamDocument::toTeam);
    }

    @Override
    public Optional<Team> nationalOf(String campaignId, String themeId) {
        Query query = Query.query(Criteria.where("campaignId").is(campaignId).and("themeId").is(themeId)
                .and("kind").is(GroupKind.NATIONAL.name()));
        return mongo.find(query, TeamDocument.class).stream().map(TeamDocument::toTeam).findFirst();
    }

    @Override
    public List<Team> seating(Set<String> memberIds) {
        if (memberIds.isEmpty()) {
            return List.of();
        }
        return mongo.find(Query.query(Criteria.where("memberIds").in(memberIds)), TeamDocument.class).stream()
                .map(TeamDocument::toTeam).toList();
    }

    @Override
    public List<Team> ofTheme(String campaignId, String themeId) {
        return mongo.find(Query.query(Criteria.where("campaignId").is(campaignId).and("themeId").is(themeId)), TeamDocument.class)
                .stream().map(TeamDocument::toTeam).toList();
    }

    @Override
    public void save(Team team) {
        mongo.save(TeamDocument.of(team));
    }
}
