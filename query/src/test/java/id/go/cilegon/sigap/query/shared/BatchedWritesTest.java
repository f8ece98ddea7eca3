package id.go.cilegon.sigap.query.shared;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.axonframework.messaging.ResultMessage;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Writes held for a processor's batch, through the real driver against the embedded store, in Axon's own batching
 * unit of work with the interceptor the processors are given.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BatchedWritesTest {

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private MongoServer server;
    private CountingClient client;
    private MongoCollection<Document> cases;

    @BeforeEach
    void startStore() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = new CountingClient(address);
        cases = client.client().getDatabase("batched-writes-test").getCollection("cases");
    }

    @AfterEach
    void stopStore() {
        client.close();
        server.shutdownNow();
    }

    private static UpdateOneModel<Document> touch(String caseId, String field, Object value) {
        return new UpdateOneModel<>(eq("_id", caseId), Updates.set(field, value), UPSERT);
    }

    private static ResultMessage<?> batch(List<String> events, Consumer<String> handler) {
        return Batches.handle(events, event -> handler.accept((String) event));
    }

    @Test
    void a_batch_writes_nothing_before_its_last_event_and_then_everything_in_one_round_trip_per_collection() {
        List<Long> seenWhileHandling = new ArrayList<>();
        client.forget();

        ResultMessage<?> result = batch(List.of("a", "b", "c"), event -> {
            seenWhileHandling.add(cases.countDocuments());
            BatchedWrites.write(cases, touch(event, "handled", true));
            BatchedWrites.write(cases, touch(event, "name", event.toUpperCase()));
        });

        assertThat(result.isExceptional()).isFalse();
        assertThat(seenWhileHandling).containsExactly(0L, 0L, 0L);
        assertThat(cases.find().into(new ArrayList<>())).extracting(found -> found.getString("name"))
                .containsExactly("A", "B", "C");
        assertThat(client.sent("update", "cases")).isEqualTo(1);
    }

    @Test
    void the_writes_of_a_batch_are_made_in_the_order_they_were_held() {
        batch(List.of("a", "b"), event -> BatchedWrites.write(cases, touch("case-1", "last", event)));

        assertThat(cases.find(eq("_id", "case-1")).first().getString("last")).isEqualTo("b");
    }

    @Test
    void a_batch_that_fails_writes_nothing_so_that_its_redelivery_finds_the_store_as_it_was() {
        ResultMessage<?> result = batch(List.of("a", "b", "c"), event -> {
            BatchedWrites.write(cases, touch(event, "handled", true));
            if (event.equals("c")) {
                throw new IllegalStateException("the store went away");
            }
        });

        assertThat(result.isExceptional()).isTrue();
        assertThat(cases.countDocuments()).isZero();
    }

    @Test
    void what_a_batch_holds_is_sent_when_a_projection_is_about_to_read_it_and_only_once() {
        List<String> read = new ArrayList<>();
        client.forget();

        batch(List.of("a", "b"), event -> {
            if (event.equals("a")) {
                BatchedWrites.write(cases, touch("case-1", "number", "001/PPID/XI/2026"));
            } else {
                BatchedWrites.send();
                read.add(cases.find(eq("_id", "case-1")).first().getString("number"));
            }
        });

        assertThat(read).containsExactly("001/PPID/XI/2026");
        assertThat(client.sent("update", "cases")).isEqualTo(1);
    }

    @Test
    void collections_put_in_order_are_sent_in_that_order_whichever_was_written_first() {
        MongoCollection<Document> entries = client.client().getDatabase("batched-writes-test").getCollection("entries");
        client.forget();

        batch(List.of("a", "b"), event -> {
            BatchedWrites.sendInOrder(entries, cases);
            BatchedWrites.write(cases, touch(event, "handled", true));
            if (event.equals("b")) {
                BatchedWrites.write(entries, touch(event, "entry", true));
            }
        });

        assertThat(client.sent()).containsExactly("update entries", "update cases");
    }

    @Test
    void a_collection_put_in_order_but_not_written_to_costs_no_round_trip() {
        MongoCollection<Document> entries = client.client().getDatabase("batched-writes-test").getCollection("entries");
        client.forget();

        batch(List.of("a"), event -> {
            BatchedWrites.sendInOrder(entries, cases);
            BatchedWrites.write(cases, touch(event, "handled", true));
        });

        assertThat(client.sent()).containsExactly("update cases");
    }

    @Test
    void outside_a_batch_a_write_is_made_at_once() {
        BatchedWrites.write(cases, touch("case-1", "handled", true));

        assertThat(cases.countDocuments()).isEqualTo(1);
    }
}
