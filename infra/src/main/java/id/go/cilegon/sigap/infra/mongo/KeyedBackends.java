package id.go.cilegon.sigap.infra.mongo;

import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import java.util.List;
import org.h2.mvstore.MVStore;

/**
 * The embedded store's backend in memory and its databases in H2, whose unique indexes also find a document by key
 * among other conditions (ADR 0024).
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
                protected Index<Integer> openOrCreateUniqueIndex(String collectionName, String indexName,
                                                                 List<IndexKey> keys, boolean sparse) {
                    return new KeyLookupIndex<>(super.openOrCreateUniqueIndex(collectionName, indexName, keys,
                            sparse), sparse);
                }
            };
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
