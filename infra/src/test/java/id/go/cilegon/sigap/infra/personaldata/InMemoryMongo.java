package id.go.cilegon.sigap.infra.personaldata;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;

/** mongo-java-server in memory, reached through the real driver over TCP, as the application reaches MongoDB. */
final class InMemoryMongo implements AutoCloseable {

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client;

    InMemoryMongo() {
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
    }

    MongoClient client() {
        return client;
    }

    MongoDatabase database() {
        return client.getDatabase("sigap");
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
