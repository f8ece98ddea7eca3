package id.go.cilegon.sigap.infra.mongo;

import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The H2 backend whose file, after a crash, holds one moment of the whole store: every write that had been answered
 * when that moment was stored, and nothing of a write that had not. An MVStore commit takes each map's root in turn
 * while writers go on (each collection and each index is a map of its own), so a commit under way could store a
 * later write — a tracking token, an index entry — without an earlier one — the read model it follows, the document
 * the entry points to. Here writes share a lock that a commit takes alone, and only this class commits: H2's own
 * background store and its commit-when-memory-is-full are off, and a thread of this class stores and compacts instead.
 * See {@code docs/adr/0026-the-store-file-holds-one-moment.md}.
 */
class ConsistentH2Backend extends KeyedBackends.H2 {

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

    /** Shared by writes, taken alone by a commit. */
    private final ReentrantReadWriteLock moments = new ReentrantReadWriteLock();
    private final ScheduledExecutorService background;
    private long backgroundStores;

    ConsistentH2Backend(String fileName) {
        super(new MVStore.Builder().fileName(fileName).autoCommitDisabled().autoCommitBufferSize(0).open());
        this.background = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "sigap-store-background");
            thread.setDaemon(true);
            return thread;
        });
        background.scheduleWithFixedDelay(this::storeInBackground, STORE_EVERY_MILLIS, STORE_EVERY_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        if (onlyReads(command, query)) {
            return super.handleCommand(channel, database, command, query);
        }
        Lock writing = moments.readLock();
        writing.lock();
        try {
            return super.handleCommand(channel, database, command, query);
        } finally {
            writing.unlock();
        }
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
        alone.lock();
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
        alone.lock();
        try {
            super.close();
        } finally {
            alone.unlock();
        }
    }
}
