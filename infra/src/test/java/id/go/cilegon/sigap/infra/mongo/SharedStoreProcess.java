package id.go.cilegon.sigap.infra.mongo;

import java.nio.file.Path;

/**
 * Run in a JVM of its own by {@link EmbeddedMongoTest}: serves {@link EmbeddedMongo#sharedH2} on a port for the test to
 * write to, with H2's background store turned off, so that only the store's own commits can put anything in the file.
 * Says {@link #READY} and waits to be killed.
 */
public final class SharedStoreProcess {

    static final String READY = "SERVING";

    private SharedStoreProcess() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedMongo store = EmbeddedMongo.sharedH2(Path.of(args[0]), Integer.parseInt(args[1]));
        store.disableBackgroundCommit();
        System.out.println(READY);
        System.out.flush();
        Thread.sleep(120_000);
    }
}
