package id.go.cilegon.sigap.bench;

import id.go.cilegon.sigap.infra.mongo.EmbeddedMongo;
import java.util.concurrent.CountDownLatch;

/**
 * The seeded store of the scale phase in a JVM of its own: the same embedded server Sigap starts for itself
 * (mongo-java-server, in memory), but living before and apart from Sigap, so the store can be filled first and Sigap
 * then started on it to rebuild its read models. Prints its address and runs until it is stopped.
 */
final class StoreHost {

    static final String ADDRESS_LINE = "store at ";

    private StoreHost() {
    }

    static void run() throws InterruptedException {
        EmbeddedMongo mongo = EmbeddedMongo.inMemory();
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
