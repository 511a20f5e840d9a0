package fr.education.traam.embedded.mongo;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The wire server's two storage engines with collections that serve {@link IdFirstQueries} from the {@code _id}
 * index, whose secondary indexes are {@link EqualityIndex}es instead of being ignored, and that do not keep their
 * data size: the library encodes a document to BSON before and after each write
 * only to maintain that figure, which {@code collStats} alone reports and nothing here reads — a third of the cost
 * of an update (measured by the benchmark). Everything else is the library's own code. See ADR 0013.
 */
final class IdFirstBackends {

    private IdFirstBackends() {
    }

    static MongoBackend inMemory() {
        return new MemoryBackend() {
            @Override
            public MemoryDatabase openOrCreateDatabase(String databaseName) {
                return new MemoryDatabase(databaseName, getCursorRegistry()) {
                    @Override
                    protected MemoryCollection openOrCreateCollection(String collectionName, CollectionOptions options) {
                        return new IdFirstMemoryCollection(this, collectionName, options, cursorRegistry);
                    }

                    @Override
                    protected Index<Integer> openOrCreateSecondaryIndex(String collectionName, String indexName,
                                                                        List<IndexKey> keys, boolean sparse) {
                        return new EqualityIndex<>(indexName, keys);
                    }
                };
            }
        };
    }

    static MongoBackend persistent(String file) {
        MVStore store = MVStore.open(file);
        return new H2Backend(store) {
            @Override
            protected MongoDatabase openOrCreateDatabase(String databaseName) {
                // An anonymous class: javac stores the captured store before H2Database's constructor runs, and that
                // constructor already opens the collections of a database kept on disk.
                return new H2Database(databaseName, store, getCursorRegistry()) {
                    @Override
                    protected H2Collection openOrCreateCollection(String collectionName, CollectionOptions options) {
                        String namespace = getFullCollectionNamespace(collectionName);
                        // The map names H2Database itself uses, so that data written before this class still opens.
                        MVMap<Object, Document> data = store.openMap("databases." + namespace);
                        MVMap<String, Object> meta = store.openMap("meta." + namespace);
                        return new IdFirstH2Collection(this, collectionName, options, data, meta, cursorRegistry);
                    }

                    @Override
                    protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName,
                                                                       List<IndexKey> keys, boolean sparse) {
                        return new EqualityIndex<>(indexName, keys);
                    }
                };
            }
        };
    }

    /**
     * The answer to {@code query} from the documents {@code byId} finds, or {@code null} when the query does not pin
     * one {@code _id}: the caller then asks the library as usual.
     */
    private static QueryResult narrowed(Document query, String idField, Function<Document, QueryResult> byId,
                                        Function<Stream<Document>, QueryResult> matchRest) {
        Document idOnly = IdFirstQueries.idOnly(query, idField);
        if (idOnly == null) {
            return null;
        }
        return matchRest.apply(StreamSupport.stream(byId.apply(idOnly).spliterator(), false));
    }

    private static final class IdFirstMemoryCollection extends MemoryCollection {

        IdFirstMemoryCollection(MongoDatabase database, String name, CollectionOptions options, CursorRegistry cursors) {
            super(database, name, options, cursors);
        }

        @Override
        protected boolean tracksDataSize() {
            return false;
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
                                             int batchSize, Document fieldSelector) {
            QueryResult narrowed = narrowed(query, getIdField(),
                    idOnly -> super.queryDocuments(idOnly, null, 0, 0, 0, null),
                    candidates -> matchDocumentsFromStream(candidates, query, orderBy, numberToSkip, limit, batchSize,
                            fieldSelector));
            return narrowed != null ? narrowed
                    : super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
    }

    private static final class IdFirstH2Collection extends H2Collection {

        IdFirstH2Collection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, Document> data,
                            MVMap<String, Object> meta, CursorRegistry cursors) {
            super(database, name, options, data, meta, cursors);
        }

        @Override
        protected boolean tracksDataSize() {
            return false;
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
                                             int batchSize, Document fieldSelector) {
            QueryResult narrowed = narrowed(query, getIdField(),
                    idOnly -> super.queryDocuments(idOnly, null, 0, 0, 0, null),
                    candidates -> matchDocumentsFromStream(candidates, query, orderBy, numberToSkip, limit, batchSize,
                            fieldSelector));
            return narrowed != null ? narrowed
                    : super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
    }
}
