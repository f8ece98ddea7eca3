package id.go.cilegon.sigap.infra.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The H2 backend's commits wait for the changes under way, and only for those: a write still waiting for its
 * collection, which a long query holds, holds up neither a commit nor the writes to other collections.
 * (That every commit stores one moment is {@link EmbeddedMongoTest}'s.)
 */
class ConsistentH2BackendTest {

    @Test
    void a_write_waiting_for_a_collection_being_read_holds_up_neither_commits_nor_other_writes(@TempDir Path dir)
            throws Exception {
        ConsistentH2Backend backend = new ConsistentH2Backend(dir.resolve(EmbeddedMongo.DATA_FILE).toString());
        MongoServer server = new MongoServer(backend);
        InetSocketAddress address = server.bind();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (MongoClient client = MongoClients.create(
                "mongodb://" + address.getHostString() + ":" + address.getPort())) {
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
        } finally {
            threads.shutdownNow();
            server.shutdownNow();
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
