package id.go.cilegon.sigap.infra.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMongoTest {

    private static final int WRITERS = 4;
    private static final int WINDOW = 10;

    @Test
    void in_memory_it_listens_on_loopback_and_needs_no_commit() {
        try (EmbeddedMongo mongo = EmbeddedMongo.inMemory();
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            assertThat(mongo.connectionString()).matches("mongodb://127\\.0\\.0\\.1:\\d+");
            assertThat(mongo.isInMemory()).isTrue();
            assertThat(mongo.dataFile()).isEmpty();
            assertThat(mongo.durability()).isSameAs(WriteDurability.NONE);
            client.getDatabase("sigap").getCollection("things").insertOne(new Document("_id", 1));
            assertThat(client.getDatabase("sigap").getCollection("things").countDocuments()).isEqualTo(1);
        }
    }

    @Test
    void with_h2_what_was_written_and_made_durable_is_there_after_a_restart(@TempDir Path dir) {
        try (EmbeddedMongo mongo = EmbeddedMongo.h2(dir.resolve("data"));
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            assertThat(mongo.dataFile()).contains(dir.resolve("data").resolve("sigap.mv").toAbsolutePath());
            things(client).insertOne(new Document("_id", "kept"));
            mongo.durability().awaitDurable();
        }
        assertThat(dir.resolve("data").resolve("sigap.mv")).isRegularFile();

        try (EmbeddedMongo mongo = EmbeddedMongo.h2(dir.resolve("data"));
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            assertThat(things(client).find(Filters.eq("_id", "kept")).first()).isNotNull();
        }
    }

    /**
     * The real thing: a separate JVM writes, makes one write durable, writes once more without, and is killed with
     * SIGKILL. H2's background store is off in that JVM, so only our commit can have put anything in the file; the
     * write that was not made durable being gone shows that the kill really lost what was not committed.
     */
    @Test
    void a_killed_process_keeps_every_write_it_made_durable(@TempDir Path dir) throws Exception {
        Process child = new ProcessBuilder(javaExecutable(), "-cp", System.getProperty("java.class.path"),
                                           CrashingWriter.class.getName(), dir.toString())
                .redirectErrorStream(true)
                .start();
        List<String> output = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.add(line);
                if (line.equals(CrashingWriter.READY)) {
                    break;
                }
            }
            assertThat(output).as("the writer's output").contains(CrashingWriter.READY);
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(Files.exists(dir.resolve(EmbeddedMongo.DATA_FILE))).isTrue();

        try (EmbeddedMongo mongo = EmbeddedMongo.h2(dir);
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> things = things(client);
            for (int i = 0; i < CrashingWriter.DURABLE; i++) {
                assertThat(things.find(Filters.eq("_id", "durable-" + i)).first()).as("durable-" + i).isNotNull();
            }
            assertThat(things.find(Filters.eq("_id", "not-durable")).first())
                    .as("the write after the last commit (shows the kill lost uncommitted data)").isNull();
        }
    }

    /**
     * The store alone, for other processes: what it answered as written is in the file when it is killed. Its
     * background store is off, so the writes can only be there because the store committed them before answering.
     */
    @Test
    void a_killed_shared_store_keeps_every_write_it_answered(@TempDir Path dir) throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        Process store = new ProcessBuilder(javaExecutable(), "-cp", System.getProperty("java.class.path"),
                                           SharedStoreProcess.class.getName(), dir.toString(), String.valueOf(port))
                .redirectErrorStream(true)
                .start();
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(store.getInputStream(), StandardCharsets.UTF_8))) {
            List<String> output = new ArrayList<>();
            String line;
            while ((line = lines.readLine()) != null && !line.equals(SharedStoreProcess.READY)) {
                output.add(line);
            }
            assertThat(line).as("the store's output: %s", output).isEqualTo(SharedStoreProcess.READY);
            try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
                MongoCollection<Document> things = things(client);
                Thread[] writers = new Thread[4];
                for (int w = 0; w < writers.length; w++) {
                    int writer = w;
                    writers[w] = new Thread(() -> {
                        for (int i = writer; i < 40; i += writers.length) {
                            things.insertOne(new Document("_id", "answered-" + i).append("value", 0));
                        }
                    });
                    writers[w].start();
                }
                for (Thread writer : writers) {
                    writer.join();
                }
                things.updateOne(Filters.eq("_id", "answered-0"), Updates.set("value", 1));
                things.findOneAndUpdate(Filters.eq("_id", "answered-1"), Updates.set("value", 2));
                things.deleteOne(Filters.eq("_id", "answered-2"));
            }
            store.destroyForcibly();
            assertThat(store.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            store.destroyForcibly();
        }

        try (EmbeddedMongo mongo = EmbeddedMongo.h2(dir);
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> things = things(client);
            assertThat(things.countDocuments()).isEqualTo(39);
            assertThat(things.find(Filters.eq("_id", "answered-0")).first()).containsEntry("value", 1);
            assertThat(things.find(Filters.eq("_id", "answered-1")).first()).containsEntry("value", 2);
            assertThat(things.find(Filters.eq("_id", "answered-2")).first()).isNull();
        }
    }

    /**
     * What a crash leaves is what the last commit stored, and a commit must store one moment of the whole store, not
     * each collection and index at a moment of its own. Writers each keep a window of their latest cases: insert a
     * case, move their position past it (as a projection writes its read model, then its token), delete the case that
     * left the window, without waiting; the test commits again and again, and after each commit copies the file — the
     * file a crash at that moment would leave — and opens the copy: each stored position has its whole window behind it,
     * and every case is found by its indexes as by a scan.
     */
    @Test
    void every_commit_stores_one_moment_no_later_write_without_the_earlier_ones(@TempDir Path dir) throws Exception {
        try (EmbeddedMongo mongo = EmbeddedMongo.h2(dir.resolve("live"));
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            mongo.disableBackgroundCommit();
            MongoCollection<Document> cases = client.getDatabase("sigap").getCollection("cases");
            MongoCollection<Document> positions = client.getDatabase("sigap").getCollection("positions");
            cases.createIndex(Indexes.ascending("number"), new IndexOptions().unique(true));
            positions.insertOne(new Document("_id", "created"));
            AtomicBoolean writing = new AtomicBoolean(true);
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                Thread thread = new Thread(() -> {
                    for (int i = 0; writing.get(); i++) {
                        cases.insertOne(new Document("_id", writer + "-" + i).append("number", i * WRITERS + writer));
                        positions.replaceOne(Filters.eq("_id", writer), new Document("_id", writer).append("upTo", i),
                                new ReplaceOptions().upsert(true));
                        cases.deleteOne(Filters.eq("_id", writer + "-" + (i - WINDOW)));
                    }
                });
                thread.start();
                writers.add(thread);
            }
            try {
                for (int round = 0; round < 40; round++) {
                    Thread.sleep(10);
                    mongo.durability().awaitDurable();
                    Path crashed = dir.resolve("crash-" + round);
                    Files.createDirectories(crashed);
                    Files.copy(dir.resolve("live").resolve(EmbeddedMongo.DATA_FILE),
                            crashed.resolve(EmbeddedMongo.DATA_FILE));
                    assertOneMoment(crashed, "the file after commit " + round);
                }
            } finally {
                writing.set(false);
                for (Thread writer : writers) {
                    writer.join();
                }
            }
        }
    }

    private static void assertOneMoment(Path dataDir, String what) {
        try (EmbeddedMongo mongo = EmbeddedMongo.h2(dataDir);
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> cases = client.getDatabase("sigap").getCollection("cases");
            Map<Object, Document> scanned = byId(cases.find(Filters.exists("number")));
            assertThat(byId(cases.find(Filters.in("_id", scanned.keySet()))))
                    .as("%s: the cases found by their _id", what).isEqualTo(scanned);
            assertThat(byId(cases.find(Filters.in("number",
                    scanned.values().stream().map(stored -> stored.get("number")).toList()))))
                    .as("%s: the cases found by their number", what).isEqualTo(scanned);
            assertThat(cases.countDocuments()).as("%s: cases counted against cases scanned", what)
                    .isEqualTo(scanned.size());
            for (Document position : client.getDatabase("sigap").getCollection("positions")
                    .find(Filters.exists("upTo"))) {
                int writer = position.getInteger("_id");
                int upTo = position.getInteger("upTo");
                for (int i = Math.max(0, upTo - WINDOW + 1); i <= upTo; i++) {
                    assertThat(scanned.containsKey(writer + "-" + i)).as("%s: case %d-%d is there, in the window of "
                            + "its writer's stored position %s", what, writer, i, position).isTrue();
                }
            }
        }
    }

    private static Map<Object, Document> byId(Iterable<Document> documents) {
        Map<Object, Document> byId = new HashMap<>();
        documents.forEach(document -> byId.put(document.get("_id"), document));
        return byId;
    }

    private static MongoCollection<Document> things(MongoClient client) {
        return client.getDatabase("sigap").getCollection("things");
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
