package id.go.cilegon.sigap.infra.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.nio.file.Path;
import org.bson.Document;

/**
 * Run in a JVM of its own by {@link EmbeddedMongoTest}: writes to the embedded H2 store from several threads, waits
 * for durability, writes once more without waiting, says {@link #READY} and waits to be killed.
 */
public final class CrashingWriter {

    static final String READY = "READY-TO-BE-KILLED";
    static final int DURABLE = 40;

    private CrashingWriter() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedMongo mongo = EmbeddedMongo.h2(Path.of(args[0]));
        mongo.disableBackgroundCommit();
        MongoClient client = MongoClients.create(mongo.connectionString());
        MongoCollection<Document> things = client.getDatabase("sigap").getCollection("things");
        // Creating the collection writes metadata; make that durable first, as the application's first write would.
        things.insertOne(new Document("_id", "first"));
        mongo.durability().awaitDurable();

        Thread[] writers = new Thread[4];
        for (int w = 0; w < writers.length; w++) {
            int writer = w;
            writers[w] = new Thread(() -> {
                for (int i = writer; i < DURABLE; i += writers.length) {
                    things.insertOne(new Document("_id", "durable-" + i));
                    mongo.durability().awaitDurable(); // group commit: threads share commits
                }
            });
            writers[w].start();
        }
        for (Thread writer : writers) {
            writer.join();
        }
        things.insertOne(new Document("_id", "not-durable"));
        System.out.println(READY);
        System.out.flush();
        Thread.sleep(120_000);
    }
}
