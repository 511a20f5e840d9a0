package fr.education.traam.embedded.mongo;

import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import java.util.Collection;

/**
 * Queries that pin a document by {@code _id} and say more, such as the optimistic write
 * {@code {_id: "c-1", version: 3}} every aggregate save makes. MongoDB answers them from the {@code _id} index. The
 * wire server uses an index only when the query names exactly its keys, so it scans the whole collection instead:
 * a save then costs as much as the collection is large, and a benchmark that writes thousands of documents measures
 * that scan. The collections of {@link IdFirstBackends} look the document up by {@code _id} first and match the rest of
 * the query against it alone — the same answer, as MongoDB would find it. See ADR 0013.
 */
final class IdFirstQueries {

    private IdFirstQueries() {
    }

    /**
     * {@code {_id: value}} when {@code query} asks for one {@code _id} value among other conditions, else {@code null}
     * (no {@code _id}, an operator such as {@code $in} or {@code $gt}, a regular expression, or {@code _id} alone, which
     * the index already serves).
     */
    static Document idOnly(Document query, String idField) {
        if (idField == null || query.size() < 2 || !query.containsKey(idField)) {
            return null;
        }
        Object id = query.get(idField);
        if (id == null || id instanceof Collection || BsonRegularExpression.isRegularExpression(id)
                || id instanceof Document document && document.keySet().stream().anyMatch(key -> key.startsWith("$"))) {
            return null;
        }
        return new Document(idField, id);
    }
}
