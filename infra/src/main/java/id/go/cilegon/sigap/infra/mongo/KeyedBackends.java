package id.go.cilegon.sigap.infra.mongo;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import java.util.List;
import org.h2.mvstore.MVStore;

/** The embedded store's backends, whose unique indexes also find a document by key among other conditions. */
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

    /** In an H2 (MVStore) file. */
    static class H2 extends H2Backend {

        H2(MVStore store) {
            super(store);
        }

        @Override
        protected MongoDatabase openOrCreateDatabase(String databaseName) {
            return new H2Database(databaseName, getMvStore(), getCursorRegistry()) {
                @Override
                protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName,
                                                                List<IndexKey> keys, boolean sparse) {
                    return new KeyLookupIndex<>(super.openOrCreateUniqueIndex(collectionName, indexName, keys,
                            sparse), sparse);
                }
            };
        }
    }
}
