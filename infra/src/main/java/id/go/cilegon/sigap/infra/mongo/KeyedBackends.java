package id.go.cilegon.sigap.infra.mongo;

import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Cursor;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryParameters;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import java.util.stream.Stream;
import org.h2.mvstore.MVStore;

/**
 * The embedded store's backend in memory and its databases in H2, whose unique indexes also find a document by key
 * among other conditions (ADR 0024), and whose collections answer a query of ids and a sorted page without reading
 * more than they must (ADR 0027; the H2 collections are {@link ConsistentH2Backend}'s).
 */
final class KeyedBackends {

    private KeyedBackends() {
    }

    /** In memory. */
    static final class Memory extends MemoryBackend {

        @Override
        public MemoryDatabase openOrCreateDatabase(String databaseName) {
            return new MemoryDatabase(databaseName, getCursorRegistry()) {
                @Override
                protected MemoryCollection openOrCreateCollection(String collectionName, CollectionOptions options) {
                    return new Collection(this, collectionName, options, cursorRegistry);
                }

                @Override
                protected Index<Integer> openOrCreateUniqueIndex(String collectionName, String indexName,
                                                                 List<IndexKey> keys, boolean sparse) {
                    return new KeyLookupIndex<>(super.openOrCreateUniqueIndex(collectionName, indexName, keys,
                            sparse), sparse);
                }
            };
        }
    }

    /**
     * A collection in memory: see {@link ConsistentH2Backend}'s {@code LockingCollection} for the same queries, and
     * the same copies of what a client is answered ({@link Replies}).
     */
    private static final class Collection extends MemoryCollection {

        Collection(MemoryDatabase database, String collectionName, CollectionOptions options,
                   CursorRegistry cursors) {
            super(database, collectionName, options, cursors);
        }

        /** A client's find (the wire protocol's). */
        @Override
        public synchronized QueryResult handleQuery(QueryParameters parameters) {
            return Replies.copied(super.handleQuery(parameters));
        }

        /** The server's own reads, for its updates and removals: the stored documents. */
        @Override
        public QueryResult handleQuery(Document query, int numberToSkip, int limit) {
            return super.handleQuery(new QueryParameters(query, numberToSkip, limit));
        }

        /** What a client's find keeps for its later batches; the server's own reads keep nothing. */
        @Override
        protected Cursor createCursor(List<Document> remainingDocuments) {
            return super.createCursor(Replies.copied(remainingDocuments));
        }

        @Override
        public synchronized Document findAndModify(Document query) {
            return Replies.withValueCopied(super.findAndModify(query));
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
                                             Document fields) {
            Iterable<Integer> ids = KeyLookupIndex.positionsOfIds(query, getIndexes());
            return ids != null ? matchDocuments(new Document(), ids, orderBy, skip, limit, batchSize, fields)
                    : super.queryDocuments(query, orderBy, skip, limit, batchSize, fields);
        }

        @Override
        protected QueryResult matchDocumentsFromStream(Stream<Document> documents, Document query, Document orderBy,
                                                       int skip, int limit, int batchSize, Document fields) {
            return FirstInOrder.applies(orderBy, skip, limit)
                    ? super.matchDocumentsFromStream(query, FirstInOrder.of(documents,
                            document -> documentMatchesQuery(document, query), orderBy, skip, limit),
                            skip, limit, batchSize, null, fields)
                    : super.matchDocumentsFromStream(documents, query, orderBy, skip, limit, batchSize, fields);
        }
    }

    /** A database in an H2 (MVStore) file; its backend is {@link ConsistentH2Backend}. */
    static class H2 extends H2Database {

        H2(String databaseName, MVStore store, CursorRegistry cursors) {
            super(databaseName, store, cursors);
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
            return new KeyLookupIndex<>(super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse), sparse);
        }
    }
}
