package id.go.cilegon.sigap.infra.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared store's backend commits before it answers a write, and only then. */
class CommittingH2BackendTest {

    @Test
    void a_write_is_committed_before_its_answer_and_a_read_commits_nothing(@TempDir Path dir) {
        CommittingH2Backend backend = new CommittingH2Backend(dir.resolve(EmbeddedMongo.DATA_FILE).toString());
        MongoServer server = new MongoServer(backend);
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create(
                "mongodb://" + address.getHostString() + ":" + address.getPort())) {
            MongoCollection<Document> things = client.getDatabase("sigap").getCollection("things");

            things.insertOne(new Document("_id", 1));
            long afterInsert = backend.commits();
            assertThat(afterInsert).as("commits after an insert").isPositive();

            assertThat(things.find(Filters.eq("_id", 1)).first()).isNotNull();
            assertThat(things.countDocuments()).isEqualTo(1);
            assertThat(things.aggregate(List.of(new Document("$match", new Document()))).into(new ArrayList<>()))
                    .hasSize(1);
            assertThat(backend.commits()).as("commits after reading").isEqualTo(afterInsert);

            things.aggregate(List.of(new Document("$out", "copies"))).toCollection();
            long afterOut = backend.commits();
            assertThat(afterOut).as("commits after an aggregation that writes").isGreaterThan(afterInsert);

            assertThatThrownBy(() -> things.insertOne(new Document("_id", 1))).isInstanceOf(MongoWriteException.class);
            assertThat(backend.commits()).as("commits after a refused write").isGreaterThan(afterOut);
        } finally {
            server.shutdownNow();
        }
    }

    @Test
    void the_shared_store_leaves_nothing_for_its_writers_to_wait_for(@TempDir Path dir) {
        try (EmbeddedMongo store = EmbeddedMongo.sharedH2(dir, 0)) {
            assertThat(store.durability()).isSameAs(WriteDurability.NONE);
            assertThat(store.dataFile()).contains(dir.resolve(EmbeddedMongo.DATA_FILE).toAbsolutePath());
        }
    }
}
