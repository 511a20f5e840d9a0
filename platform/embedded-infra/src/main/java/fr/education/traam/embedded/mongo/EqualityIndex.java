package fr.education.traam.embedded.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A secondary (non-unique) index for the embedded server, which ignores those: it narrows a query that asks for one
 * text value of the index's first field ({@code {campaignId: "c-1", themeId: "t", status: "SUBMITTED"}} on an index
 * {@code {campaignId, themeId}}) to the documents holding that value, in that field or in an array there; the
 * library then matches the whole query against them alone, so results are the same as a scan's. Any other query
 * (no such field, an operator, a number, a nested path) is not handled and scans as before. Kept in memory and
 * rebuilt from the documents when the server opens its file, like the library builds an index on existing data.
 * Declared sparse: removing a document without the field is not an error.
 */
final class EqualityIndex<P> extends Index<P> {

    private final String field;
    private final Map<String, Set<P>> positionsByValue = new HashMap<>();
    private final Map<P, Set<String>> valuesByPosition = new HashMap<>();
    private final Map<Object, P> positionsById = new HashMap<>();

    EqualityIndex(String name, List<IndexKey> keys) {
        super(name, keys, true);
        this.field = keys.get(0).getKey();
    }

    @Override
    public synchronized boolean canHandle(Document query) {
        return !field.contains(".") && query.get(field) instanceof String;
    }

    @Override
    public synchronized Iterable<P> getPositions(Document query) {
        return new ArrayList<>(positionsByValue.getOrDefault((String) query.get(field), Set.of()));
    }

    @Override
    public synchronized void add(Document document, P position, MongoCollection<P> collection) {
        Set<String> values = valuesOf(document);
        if (values.isEmpty()) {
            return;
        }
        values.forEach(value -> positionsByValue.computeIfAbsent(value, v -> new LinkedHashSet<>()).add(position));
        valuesByPosition.put(position, values);
        positionsById.put(document.get("_id"), position);
    }

    @Override
    public synchronized P remove(Document document) {
        P position = positionsById.remove(document.get("_id"));
        if (position != null) {
            forget(position);
        }
        // Null: the collection finds the position through its _id index (this one is sparse).
        return null;
    }

    @Override
    public synchronized void updateInPlace(Document oldDocument, Document newDocument, P position,
                                           MongoCollection<P> collection) {
        forget(position);
        positionsById.remove(oldDocument.get("_id"));
        add(newDocument, position, collection);
    }

    private void forget(P position) {
        Set<String> values = valuesByPosition.remove(position);
        if (values != null) {
            for (String value : values) {
                Set<P> positions = positionsByValue.get(value);
                positions.remove(position);
                if (positions.isEmpty()) {
                    positionsByValue.remove(value);
                }
            }
        }
    }

    /** The text values of the field: the value itself, or each text element of an array (a multikey index). */
    private Set<String> valuesOf(Document document) {
        if (field.contains(".")) {
            return Set.of();
        }
        Object value = document.get(field);
        Set<String> values = new LinkedHashSet<>();
        if (value instanceof String text) {
            values.add(text);
        } else if (value instanceof Collection<?> elements) {
            elements.stream().filter(String.class::isInstance).map(String.class::cast).forEach(values::add);
        }
        return values;
    }

    @Override
    public P getPosition(Document document) {
        // Not unique: a value does not name one document.
        return null;
    }

    @Override
    public void checkAdd(Document document, MongoCollection<P> collection) {
        // No constraint to check.
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {
        // No constraint to check.
    }

    @Override
    public synchronized long getCount() {
        return valuesByPosition.size();
    }

    @Override
    public long getDataSize() {
        return 0;
    }

    @Override
    public synchronized void drop() {
        positionsByValue.clear();
        valuesByPosition.clear();
        positionsById.clear();
    }
}
