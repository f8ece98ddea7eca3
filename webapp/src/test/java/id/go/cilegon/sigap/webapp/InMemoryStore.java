package id.go.cilegon.sigap.webapp;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.infra.mongo.EmbeddedMongo;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The embedded store in memory for one test class, reached through the real driver: register it as a static
 * {@code @RegisterExtension} field, and give each test a database of its own with {@link #freshDatabase()} (or a
 * named one with {@link #database(String)}).
 */
public final class InMemoryStore implements BeforeAllCallback, AfterAllCallback {

    private final AtomicInteger databases = new AtomicInteger();
    private EmbeddedMongo mongo;
    private MongoClient client;

    @Override
    public void beforeAll(ExtensionContext context) {
        mongo = EmbeddedMongo.inMemory();
        client = MongoClients.create(mongo.connectionString());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        client.close();
        mongo.close();
    }

    public MongoDatabase database(String name) {
        return client.getDatabase(name);
    }

    /** A database no other test of the class has used. */
    public MongoDatabase freshDatabase() {
        return database("test-" + databases.incrementAndGet());
    }
}
