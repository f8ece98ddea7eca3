package id.go.cilegon.sigap.infra.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.memory.index.MemoryUniqueIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyLookupIndexTest {

    @Test
    void a_query_naming_the_keys_with_plain_values_beside_other_conditions_is_answered_by_the_key() {
        MemoryUniqueIndex unique = new MemoryUniqueIndex("_id_", List.of(new IndexKey("_id", true)), false);
        KeyLookupIndex<Integer> index = new KeyLookupIndex<>(unique, false);
        index.add(stored("_id", "c-1", "revision", 4), 7, null);
        index.add(stored("_id", "c-2", "revision", 1), 8, null);

        assertThat(unique.canHandle(stored("_id", "c-1", "revision", 4))).as("the server's own index").isFalse();
        assertThat(index.canHandle(stored("_id", "c-1", "revision", 4))).isTrue();
        assertThat(index.getPositions(stored("_id", "c-1", "revision", 4))).containsExactly(7);
        assertThat(index.getPositions(stored("_id", "c-2"))).containsExactly(8);

        // How the driver writes Filters.and(eq("_id", "c-1"), eq("revision", 4)).
        de.bwaldvogel.mongo.bson.Document written = stored("$and",
                List.of(stored("_id", "c-1"), stored("revision", 4)));
        assertThat(unique.canHandle(written)).isFalse();
        assertThat(index.canHandle(written)).isTrue();
        assertThat(index.getPositions(written)).containsExactly(7);
        assertThat(index.getPositions(stored("$and", List.of(stored("$and", List.of(stored("_id", "c-2"))),
                stored("revision", stored("$lt", 9)))))).as("an $and within an $and").containsExactly(8);

        assertThat(index.canHandle(stored("_id", stored("$gt", "c-1"), "revision", 4))).as("an operator").isFalse();
        assertThat(index.canHandle(stored("_id", null, "revision", 4))).as("null under the key").isFalse();
        assertThat(index.canHandle(stored("revision", 4))).as("without the key").isFalse();
    }

    /** A document as the server holds it (its own BSON type), from key and value pairs. */
    private static de.bwaldvogel.mongo.bson.Document stored(Object... pairs) {
        de.bwaldvogel.mongo.bson.Document document = new de.bwaldvogel.mongo.bson.Document();
        for (int i = 0; i < pairs.length; i += 2) {
            document.put((String) pairs[i], pairs[i + 1]);
        }
        return document;
    }

    @Test
    void only_a_query_of_plain_ids_alone_is_answered_by_the_ids() {
        assertThat(KeyLookupIndex.answeredByIds(stored("_id", stored("$in", List.of("c-1", 2, 3L))))).isTrue();
        assertThat(KeyLookupIndex.answeredByIds(stored("_id", stored("$in", List.of("c-1")), "revision", 4)))
                .as("another condition").isFalse();
        assertThat(KeyLookupIndex.answeredByIds(stored("_id", stored("$in", List.of("c-1"), "$ne", "c-2"))))
                .as("another operator").isFalse();
        assertThat(KeyLookupIndex.answeredByIds(stored("_id", stored("$in", java.util.Arrays.asList("c-1", null)))))
                .as("null among the ids").isFalse();
        assertThat(KeyLookupIndex.answeredByIds(stored("_id", stored("$in", List.of(stored("a", 1))))))
                .as("a sub-document among the ids").isFalse();
        assertThat(KeyLookupIndex.answeredByIds(stored("code", stored("$in", List.of("K1")))))
                .as("another key").isFalse();
    }

    @Test
    void in_memory_a_query_of_ids_finds_exactly_those_documents() {
        try (EmbeddedMongo mongo = EmbeddedMongo.inMemory()) {
            idsFindExactlyTheirDocuments(mongo);
        }
    }

    @Test
    void in_h2_a_query_of_ids_finds_exactly_those_documents(@TempDir Path dir) {
        try (EmbeddedMongo mongo = EmbeddedMongo.h2(dir)) {
            idsFindExactlyTheirDocuments(mongo);
        }
    }

    private static void idsFindExactlyTheirDocuments(EmbeddedMongo mongo) {
        try (MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> files = client.getDatabase("sigap").getCollection("files");
            for (int i = 1; i <= 30; i++) {
                files.insertOne(new Document("_id", "c-" + i).append("open", i % 3 != 0));
            }
            files.insertOne(new Document("_id", 7).append("open", true));

            assertThat(files.find(in("_id", List.of("c-2", "c-29", "c-2", "c-99", 7L))).sort(Sorts.ascending("open"))
                    .map(d -> d.get("_id")).into(new ArrayList<>()))
                    .as("each found once, a missing one and a number of another type as the server compares them")
                    .containsExactlyInAnyOrder("c-2", "c-29", 7);
            assertThat(files.find(and(in("_id", List.of("c-3", "c-4", "c-5")), eq("open", true)))
                    .map(d -> d.get("_id")).into(new ArrayList<>())).as("a condition beside the ids still decides")
                    .containsExactlyInAnyOrder("c-4", "c-5");
            assertThat(files.countDocuments(in("_id", List.of("c-1", "c-2", "c-3")))).isEqualTo(3);
            assertThat(files.find(in("_id", List.of("c-1", "c-2", "c-3"))).sort(Sorts.descending("_id")).skip(1)
                    .limit(1).map(d -> d.get("_id")).into(new ArrayList<>())).containsExactly("c-2");
            assertThat(files.deleteMany(in("_id", List.of("c-10", "c-11", "c-404"))).getDeletedCount()).isEqualTo(2);
            assertThat(files.updateMany(in("_id", List.of("c-12", "c-13")), Updates.set("open", false))
                    .getModifiedCount()).isEqualTo(1);
            assertThat(files.countDocuments()).isEqualTo(29);
        }
    }

    @Test
    void in_memory_conditions_beside_the_key_still_decide() {
        try (EmbeddedMongo mongo = EmbeddedMongo.inMemory()) {
            conditionsBesideTheKeyDecide(mongo);
        }
    }

    @Test
    void in_h2_conditions_beside_the_key_still_decide(@TempDir Path dir) {
        try (EmbeddedMongo mongo = EmbeddedMongo.h2(dir)) {
            conditionsBesideTheKeyDecide(mongo);
        }
    }

    private static void conditionsBesideTheKeyDecide(EmbeddedMongo mongo) {
        try (MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> files = client.getDatabase("sigap").getCollection("files");
            files.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
            for (int i = 1; i <= 20; i++) {
                files.insertOne(new Document("_id", "c-" + i).append("code", "K" + i).append("revision", 1L)
                        .append("lastSequence", i).append("tags", List.of("a", "b" + i)));
            }

            // A compare-and-set: only the revision read is replaced, the second writer finds nothing.
            assertThat(files.replaceOne(and(eq("_id", "c-3"), eq("revision", 1L)),
                    new Document("code", "K3").append("revision", 2L).append("lastSequence", 3)).getMatchedCount())
                    .isEqualTo(1);
            assertThat(files.replaceOne(and(eq("_id", "c-3"), eq("revision", 1L)),
                    new Document("code", "K3").append("revision", 2L)).getMatchedCount()).isZero();
            assertThat(files.find(eq("_id", "c-3")).first()).containsEntry("revision", 2L);

            // A guarded update: applied only while the condition beside the key holds.
            assertThat(files.updateOne(and(eq("_id", "c-5"), lt("lastSequence", 5)), Updates.set("x", 1))
                    .getModifiedCount()).isZero();
            assertThat(files.updateOne(and(eq("_id", "c-5"), lt("lastSequence", 6)), Updates.set("x", 1))
                    .getModifiedCount()).isEqualTo(1);

            // Reads and deletes by another unique key, with operators, lists and alternatives beside it.
            assertThat(files.find(and(eq("code", "K7"), gt("lastSequence", 6), in("tags", "b7"),
                    or(exists("x", false), eq("x", 2)))).map(d -> d.getString("_id")).into(new ArrayList<>()))
                    .containsExactly("c-7");
            assertThat(files.countDocuments(and(eq("code", "K7"), gt("lastSequence", 7)))).isZero();
            assertThat(files.deleteOne(and(eq("_id", "c-9"), eq("tags", "b8"))).getDeletedCount()).isZero();
            assertThat(files.deleteOne(and(eq("_id", "c-9"), eq("tags", "b9"))).getDeletedCount()).isEqualTo(1);
            assertThat(files.countDocuments()).isEqualTo(19);
        }
    }
}
