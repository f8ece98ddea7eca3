package id.go.cilegon.sigap.infra.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The H2 backend's commits wait for the changes under way, and only for those: a write still waiting for its
 * collection, which a long query holds, holds up neither a commit nor the writes to other collections.
 * (That every commit stores one moment is {@link EmbeddedMongoTest}'s.)
 */
class ConsistentH2BackendTest {

    private ConsistentH2Backend backend;
    private MongoServer server;
    private MongoClient client;
    /** Daemons: a test that fails may leave them stuck, and they must not keep the JVM alive. */
    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task);
        thread.setDaemon(true);
        return thread;
    });

    @BeforeEach
    void start(@TempDir Path dir) {
        backend = new ConsistentH2Backend(dir.resolve(EmbeddedMongo.DATA_FILE).toString());
        server = new MongoServer(backend);
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
    }

    @AfterEach
    void stop() throws InterruptedException {
        client.close();
        threads.shutdownNow();
        // Closing waits for the store's lock: if the threads of a failed test are stuck, it fails rather than hangs.
        Thread closer = new Thread(server::shutdownNow);
        closer.setDaemon(true);
        closer.start();
        closer.join(10_000);
    }

    @Test
    void a_write_waiting_for_a_collection_being_read_holds_up_neither_commits_nor_other_writes() throws Exception {
        MongoDatabase database = client.getDatabase("sigap");
        MongoCollection<Document> read = database.getCollection("read");
        MongoCollection<Document> other = database.getCollection("other");
        read.insertOne(new Document("_id", 1));
        other.insertOne(new Document("_id", 1));
        Object readCollection = backend.resolveDatabase("sigap").resolveCollection("read", true);

        Future<?> waiting;
        synchronized (readCollection) { // as a long query on it does
            waiting = threads.submit(() -> read.insertOne(new Document("_id", 2)));
            awaitSomeThreadBlockedOn(readCollection);
            threads.submit(backend::commitAndSync).get(10, TimeUnit.SECONDS);
            threads.submit(() -> other.insertOne(new Document("_id", 2))).get(10, TimeUnit.SECONDS);
            assertThat(waiting).as("the write to the collection being read").isNotDone();
        }
        waiting.get(10, TimeUnit.SECONDS);
        assertThat(read.countDocuments()).isEqualTo(2);
        assertThat(other.countDocuments()).isEqualTo(2);
    }

    /**
     * An index build holds the shared side for its whole command and waits for the database, whose lock a change
     * holds while it waits for the shared side behind a queued commit: the commit steps aside, and all three finish.
     */
    @Test
    void a_commit_queued_between_a_command_and_a_change_that_wait_for_each_other_steps_aside() throws Exception {
        MongoCollection<Document> indexed = client.getDatabase("sigap").getCollection("indexed");
        MongoCollection<Document> changed = client.getDatabase("sigap").getCollection("changed");
        indexed.insertOne(new Document("_id", 1).append("number", 1));
        changed.insertOne(new Document("_id", 1));
        de.bwaldvogel.mongo.MongoDatabase database = backend.resolveDatabase("sigap");
        de.bwaldvogel.mongo.MongoCollection<?> changedCollection = database.resolveCollection("changed", true);

        List<Future<?>> waiting = new ArrayList<>();
        Future<?> holder = threads.submit(() -> {
            synchronized (database) { // as a change that creates a collection holds it
                waiting.add(threads.submit(() -> indexed.createIndex(Indexes.ascending("number"),
                        new IndexOptions().unique(true))));
                awaitSomeThreadBlockedOn(database);
                waiting.add(threads.submit(backend::commitAndSync));
                awaitSomeThreadIn("storeBetweenWrites");
                changedCollection.addDocument(new de.bwaldvogel.mongo.bson.Document("_id", 2));
            }
            return null;
        });
        holder.get(10, TimeUnit.SECONDS);
        for (Future<?> done : waiting) {
            done.get(10, TimeUnit.SECONDS);
        }
        assertThat(changed.countDocuments()).isEqualTo(2);
        assertThat(indexed.listIndexes().map(index -> index.getString("name")).into(new ArrayList<>()))
                .contains("number_1");
    }

    private static void awaitSomeThreadIn(String method) throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(10));
        while (Arrays.stream(ManagementFactory.getThreadMXBean().dumpAllThreads(false, false))
                .noneMatch(thread -> thread.getThreadState() == Thread.State.TIMED_WAITING && Arrays.stream(
                        thread.getStackTrace()).anyMatch(frame -> frame.getMethodName().equals(method)))) {
            assertThat(Instant.now()).as("a thread waiting in %s", method).isBefore(giveUp);
            Thread.sleep(10);
        }
    }

    private static void awaitSomeThreadBlockedOn(Object monitor) throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(10));
        while (Arrays.stream(ManagementFactory.getThreadMXBean().dumpAllThreads(false, false))
                .noneMatch(thread -> blockedOn(thread, monitor))) {
            assertThat(Instant.now()).as("a thread waiting for the collection").isBefore(giveUp);
            Thread.sleep(10);
        }
    }

    private static boolean blockedOn(ThreadInfo thread, Object monitor) {
        return thread.getThreadState() == Thread.State.BLOCKED && thread.getLockInfo() != null
                && thread.getLockInfo().getIdentityHashCode() == System.identityHashCode(monitor);
    }
}
