package id.go.cilegon.sigap.infra.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Cursor;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryParameters;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The H2 backend whose file, after a crash, holds one moment of the whole store: every write that had been answered
 * when that moment was stored, and nothing of a write that had not. An MVStore commit takes each map's root in turn
 * while writers go on (each collection and each index is a map of its own), so a commit under way could store a
 * later write — a tracking token, an index entry — without an earlier one — the read model it follows, the document
 * the entry points to. Here every change to the maps holds the shared side of a lock that a commit takes alone, and
 * only this class commits: H2's own background store and its commit-when-memory-is-full are off, and a thread of this
 * class stores and compacts instead. See {@code docs/adr/0026-the-store-file-holds-one-moment.md}.
 *
 * <p>Inserts, updates, deletes and find-and-modify take the lock inside their collection's own lock, around the
 * change itself, so that a write waiting for a collection that a long query reads does not hold up the commit, and
 * through it every other write. Other commands that may write (indexes, drops, renames, {@code $out}) hold it for
 * the whole command.
 */
class ConsistentH2Backend extends H2Backend {

    private static final Logger log = LoggerFactory.getLogger(ConsistentH2Backend.class);

    /** Commands that only read; everything else, including a command this list does not know, is a write. */
    private static final Set<String> READS = Set.of(
            "find", "getmore", "count", "distinct", "listcollections", "listindexes", "listdatabases", "ismaster",
            "hello", "ping", "buildinfo", "whatsmyuri", "serverstatus", "killcursors", "endsessions", "getlasterror",
            "getparameter", "connectionstatus", "dbstats", "collstats", "hostinfo", "getcmdlineopts", "getlog",
            "saslstart", "saslcontinue");
    /** As H2's background store: what no caller made durable reaches the file within about a second. */
    private static final long STORE_EVERY_MILLIS = 1_000;
    /** Every this many background stores, rewrite the emptiest chunks, as H2's background housekeeping does. */
    private static final int COMPACT_EVERY = 10;
    private static final int COMPACT_BELOW_FILL_RATE = 60;
    private static final int COMPACT_WRITE_BYTES = 4 * 1024 * 1024;
    /** How long a commit waits in the queue before it lets the changes queued behind it through. */
    private static final long STEP_ASIDE_MILLIS = 50;

    /** Commands whose changes take the lock inside their collection's own lock, in {@link LockingCollection}. */
    private static final Set<String> COLLECTION_WRITES = Set.of("insert", "update", "delete", "findandmodify");

    /**
     * Shared by changes, taken alone by a commit. Read at each change, not captured: the H2 backend's constructor
     * opens the databases already in the file before this field is set.
     */
    private final ReentrantReadWriteLock moments = new ReentrantReadWriteLock();
    private final ScheduledExecutorService background;
    private long backgroundStores;

    ConsistentH2Backend(String fileName) {
        super(open(fileName));
        this.background = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "sigap-store-background");
            thread.setDaemon(true);
            return thread;
        });
        background.scheduleWithFixedDelay(this::storeInBackground, STORE_EVERY_MILLIS, STORE_EVERY_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    private static MVStore open(String fileName) {
        return new MVStore.Builder().fileName(fileName).autoCommitDisabled().autoCommitBufferSize(0).open();
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new KeyedBackends.H2(databaseName, getMvStore(), getCursorRegistry()) {
            @Override
            protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
                // The map names of H2Database.openOrCreateCollection (mongo-java-server 1.47.0), so that the
                // collections already in the file are found.
                String name = getFullCollectionNamespace(collectionName);
                return new LockingCollection(this, collectionName, options,
                        getMvStore().openMap("databases." + name), getMvStore().openMap("meta." + name), cursorRegistry);
            }
        };
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        if (onlyReads(command, query) || COLLECTION_WRITES.contains(command.toLowerCase(Locale.ROOT))) {
            return super.handleCommand(channel, database, command, query);
        }
        return changing(() -> super.handleCommand(channel, database, command, query));
    }

    /** Runs a change to the maps holding the shared side of {@link #moments}, so that no commit runs meanwhile. */
    private <T> T changing(Supplier<T> change) {
        Lock writing = moments.readLock();
        writing.lock();
        try {
            return change.get();
        } finally {
            writing.unlock();
        }
    }

    private void changing(Runnable change) {
        changing(() -> {
            change.run();
            return null;
        });
    }

    /**
     * Writes everything answered so far to the file, between writes, and forces the file to the disk: survives a
     * killed process and a power cut alike. Never called by a thread that is in the middle of a write.
     */
    void commitAndSync() {
        storeBetweenWrites(false);
        getMvStore().sync();
    }

    private void storeBetweenWrites(boolean compact) {
        Lock alone = moments.writeLock();
        awaitAlone(alone);
        try {
            if (compact) {
                // Rewrites the live pages of the emptiest chunks into the current version, stored by the commit below.
                getMvStore().compact(COMPACT_BELOW_FILL_RATE, COMPACT_WRITE_BYTES);
            }
            commit();
        } finally {
            alone.unlock();
        }
    }

    /**
     * Takes the exclusive side, stepping out of the queue now and then: while it waits, new changes wait behind it,
     * and one of them may hold a lock (its collection's, its database's) that a command holding the shared side is
     * waiting for. Stepping aside lets that change through, which frees the other; then the commit queues again.
     */
    private static void awaitAlone(Lock alone) {
        try {
            while (!alone.tryLock(STEP_ASIDE_MILLIS, TimeUnit.MILLISECONDS)) {
                // Stepped aside: the changes queued behind went through; queue again.
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted before the store could commit", e);
        }
    }

    private void storeInBackground() {
        try {
            storeBetweenWrites(++backgroundStores % COMPACT_EVERY == 0);
        } catch (RuntimeException e) {
            // A scheduled task that throws is never run again; the next store may well succeed.
            log.warn("The store could not write its file in the background; writes stay in memory until it can", e);
        }
    }

    /** Stops the background store, so that only {@link #commitAndSync()} writes the file; for crash tests. */
    void stopBackgroundStore() {
        background.shutdown();
    }

    static boolean onlyReads(String command, Document query) {
        String name = command.toLowerCase(Locale.ROOT);
        if (name.equals("aggregate")) {
            Object pipeline = query.get("pipeline");
            return !(pipeline instanceof List<?> stages) || stages.stream().noneMatch(ConsistentH2Backend::writes);
        }
        return READS.contains(name);
    }

    private static boolean writes(Object stage) {
        return stage instanceof Document document && (document.containsKey("$out") || document.containsKey("$merge"));
    }

    /**
     * A collection whose changes hold the shared side of {@link #moments} inside the collection's own lock, and which
     * answers a query of ids without checking each found document against the list again
     * ({@link KeyLookupIndex#answeredByIds}) and a sorted page without sorting every match ({@link FirstInOrder}), and
     * which answers a client with copies of its documents ({@link Replies}).
     */
    private final class LockingCollection extends H2Collection {

        LockingCollection(MongoDatabase database, String collectionName, CollectionOptions options,
                          MVMap<Object, Document> data, MVMap<String, Object> meta,
                          CursorRegistry cursors) {
            super(database, collectionName, options, data, meta, cursors);
        }

        @Override
        public synchronized void addDocument(Document document) {
            changing(() -> super.addDocument(document));
        }

        @Override
        public synchronized void addDocuments(Stream<Document> documents) {
            changing(() -> super.addDocuments(documents));
        }

        @Override
        public synchronized Document findAndModify(Document query) {
            return Replies.withValueCopied(changing(() -> super.findAndModify(query)));
        }

        /** A client's find (the wire protocol's): the documents copied ({@link Replies}). */
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
        public synchronized List<Document> insertDocuments(List<Document> documents, boolean isOrdered) {
            return changing(() -> super.insertDocuments(documents, isOrdered));
        }

        @Override
        public synchronized int deleteDocuments(Document selector, int limit, Oplog oplog) {
            return changing(() -> super.deleteDocuments(selector, limit, oplog));
        }

        @Override
        public synchronized Document updateDocuments(Document selector, Document updateQuery,
                                                     ArrayFilters arrayFilters, boolean isMulti, boolean isUpsert,
                                                     Oplog oplog) {
            return changing(() -> super.updateDocuments(selector, updateQuery, arrayFilters, isMulti, isUpsert,
                    oplog));
        }

        @Override
        public synchronized void removeDocument(Document document) {
            changing(() -> super.removeDocument(document));
        }

        @Override
        public synchronized void renameTo(MongoDatabase newDatabase, String newCollectionName) {
            changing(() -> super.renameTo(newDatabase, newCollectionName));
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
                                             Document fields) {
            Iterable<Object> ids = KeyLookupIndex.positionsOfIds(query, getIndexes());
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

    /** Stops the background store and closes the file, which stores what is left, once no write is under way. */
    @Override
    public void close() {
        background.shutdown();
        try {
            background.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Lock alone = moments.writeLock();
        awaitAlone(alone);
        try {
            super.close();
        } finally {
            alone.unlock();
        }
    }
}
