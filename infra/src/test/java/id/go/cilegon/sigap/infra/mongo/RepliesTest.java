package id.go.cilegon.sigap.infra.mongo;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.AbstractMongoBackend;
import de.bwaldvogel.mongo.backend.QueryParameters;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the embedded store answers a client is a copy made under the collection's lock ({@link Replies}): the server
 * encodes its replies after the lock is released, and updates its stored documents in place, so a reply of the stored
 * documents could meet an update half-way (the load benchmark met it: a reply that failed to encode). In memory and in
 * the H2 file, whose map answers with the documents it caches.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RepliesTest {

    @Nested
    class InMemory extends Behaviour {

        @Override
        AbstractMongoBackend backend(Path dir) {
            return new KeyedBackends.Memory();
        }
    }

    @Nested
    class InTheFile extends Behaviour {

        @Override
        AbstractMongoBackend backend(Path dir) {
            return new ConsistentH2Backend(dir.resolve(EmbeddedMongo.DATA_FILE).toString());
        }
    }

    abstract static class Behaviour {

        private AbstractMongoBackend backend;
        private MongoServer server;
        private MongoClient client;
        private MongoCollection<Document> cases;

        abstract AbstractMongoBackend backend(Path dir);

        @BeforeEach
        void start(@TempDir Path dir) {
            backend = backend(dir);
            server = new MongoServer(backend);
            InetSocketAddress address = server.bind();
            client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
            cases = client.getDatabase("uji").getCollection("cases");
            for (int number = 1; number <= 3; number++) {
                cases.insertOne(new Document("_id", "c-" + number).append("revision", 1)
                        .append("status", "DITERIMA"));
            }
        }

        @AfterEach
        void stop() {
            client.close();
            server.shutdownNow();
        }

        private de.bwaldvogel.mongo.MongoCollection<?> stored() {
            return backend.resolveDatabase("uji").resolveCollection("cases", true);
        }

        private void moveOn() {
            cases.updateMany(new Document(), combine(set("revision", 2), set("status", "DIPROSES")));
        }

        @Test
        void the_documents_a_find_answers_stay_as_they_were_found_when_an_update_follows() {
            List<de.bwaldvogel.mongo.bson.Document> found = stored()
                    .handleQuery(new QueryParameters(new de.bwaldvogel.mongo.bson.Document("_id", "c-1"), 0, 0))
                    .collectDocuments();

            moveOn();

            assertThat(found).singleElement().satisfies(reply -> {
                assertThat(reply.get("revision")).isEqualTo(1);
                assertThat(reply.get("status")).isEqualTo("DITERIMA");
            });
            assertThat(cases.find(eq("_id", "c-1")).first()).containsEntry("revision", 2);
        }

        @Test
        void the_documents_a_find_keeps_for_its_later_batches_are_copies_too() {
            List<Object> revisions = new ArrayList<>();
            try (MongoCursor<Document> cursor = cases.find().batchSize(1).iterator()) {
                revisions.add(cursor.next().get("revision"));
                moveOn();
                cursor.forEachRemaining(document -> revisions.add(document.get("revision")));
            }

            assertThat(revisions).containsExactly(1, 1, 1);
            assertThat(cases.find().map(document -> document.get("revision"))).containsOnly(2);
        }

        @Test
        void the_document_a_find_and_modify_answers_is_a_copy() {
            de.bwaldvogel.mongo.bson.Document answer = stored().findAndModify(new de.bwaldvogel.mongo.bson.Document(
                    "query", new de.bwaldvogel.mongo.bson.Document("_id", "c-1"))
                    .append("update", new de.bwaldvogel.mongo.bson.Document("$set",
                            new de.bwaldvogel.mongo.bson.Document("status", "DIVERIFIKASI")))
                    .append("new", true));

            moveOn();

            assertThat(((de.bwaldvogel.mongo.bson.Document) answer.get("value")).get("status"))
                    .isEqualTo("DIVERIFIKASI");
            assertThat(cases.find(eq("_id", "c-1")).first()).containsEntry("status", "DIPROSES");
        }
    }
}
