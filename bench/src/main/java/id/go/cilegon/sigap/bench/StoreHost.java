package id.go.cilegon.sigap.bench;

import id.go.cilegon.sigap.infra.mongo.EmbeddedMongo;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The seeded store of the scale phase in a JVM of its own: the same embedded server Sigap starts for itself
 * (mongo-java-server, in memory, or with its H2 file backend, the embedded default), but living before and apart from
 * Sigap, so the store can be filled first and Sigap then started on it to rebuild its read models. Prints its address
 * and runs until it is stopped.
 */
final class StoreHost {

    static final String ADDRESS_LINE = "store at ";

    private StoreHost() {
    }

    /** @param h2Dir the directory of the H2 file, or {@code null} for the store in memory */
    static void run(Path h2Dir) throws InterruptedException {
        EmbeddedMongo mongo = h2Dir == null ? EmbeddedMongo.inMemory() : EmbeddedMongo.h2(h2Dir);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mongo.close();
            stopped.countDown();
        }));
        System.out.println(ADDRESS_LINE + mongo.connectionString());
        System.out.flush();
        stopped.await();
    }
}
