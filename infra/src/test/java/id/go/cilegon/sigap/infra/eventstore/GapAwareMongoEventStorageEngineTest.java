package id.go.cilegon.sigap.infra.eventstore;

import static id.go.cilegon.sigap.infra.eventstore.TestStore.event;
import static id.go.cilegon.sigap.infra.eventstore.TestStore.events;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import id.go.cilegon.sigap.infra.eventstore.TestStore.Happened;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The engine's contract with Axon, on mongo-java-server through the driver. */
class GapAwareMongoEventStorageEngineTest {

    private TestStore store;
    private GapAwareMongoEventStorageEngine engine;
    private MongoDatabase database;

    @BeforeEach
    void start() {
        store = new TestStore();
        engine = store.engine();
        database = store.database();
    }

    @AfterEach
    void stop() {
        store.close();
    }

    @Test
    void an_aggregate_reads_back_its_events_in_order_with_everything_they_carried() {
        Instant timestamp = Instant.parse("2026-03-16T03:04:05.123456789Z");
        DomainEventMessage<Happened> first = new GenericDomainEventMessage<>(
                "Thing", "a", 0, new Happened("a", 0, "halo"), MetaData.with("traceId", "t-1"), "e-0", timestamp);
        engine.appendEvents(List.of(first));
        engine.appendEvents(events("a", 1, 2));
        engine.appendEvents(events("b", 0, 1));

        List<? extends DomainEventMessage<?>> read = engine.readEvents("a").asStream().toList();

        assertThat(read).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L, 2L);
        DomainEventMessage<?> back = read.get(0);
        assertThat(back.getPayload()).isEqualTo(new Happened("a", 0, "halo"));
        assertThat(back.getIdentifier()).isEqualTo("e-0");
        assertThat(back.getTimestamp()).isEqualTo(timestamp);
        assertThat(back.getType()).isEqualTo("Thing");
        assertThat(back.getAggregateIdentifier()).isEqualTo("a");
        assertThat(back.getMetaData()).containsEntry("traceId", "t-1");
        assertThat(engine.readEvents("a", 2).asStream().map(DomainEventMessage::getSequenceNumber))
                .containsExactly(2L);
        assertThat(engine.readEvents("nobody").asStream()).isEmpty();
    }

    @Test
    void the_stored_document_has_the_documented_shape() {
        engine.appendEvents(events("a", 0, 2));

        Document second = database.getCollection("events").find(Filters.eq("_id", 2L)).first();

        assertThat(second).isNotNull();
        assertThat(second.get("streamKey")).isEqualTo("a/1");
        assertThat(second.get("aggregateIdentifier")).isEqualTo("a");
        assertThat(second.get("sequenceNumber")).isEqualTo(1L);
        assertThat(second.get("type")).isEqualTo("Thing");
        assertThat(second.get("payloadType")).isEqualTo(Happened.class.getName());
        assertThat(second.get("payload")).isInstanceOf(String.class);
        assertThat(second.get("metaData")).isInstanceOf(String.class);
        assertThat(second.get("appendedAt")).isInstanceOf(Long.class);
        assertThat((String) second.get("timestamp")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{9}Z");
        assertThat(database.getCollection("counters").find(Filters.eq("_id", "events")).first())
                .containsEntry("value", 2L);
    }

    @Test
    void an_aggregate_longer_than_several_blocks_loads_completely() {
        for (int i = 0; i < 7; i++) {
            engine.appendEvents(events("long", i * 150L, 150));
        }

        assertThat(engine.readEvents("long").asStream().map(DomainEventMessage::getSequenceNumber).toList())
                .hasSize(1050)
                .isSorted()
                .startsWith(0L)
                .endsWith(1049L);
        assertThat(engine.readEvents("long", 1000).asStream().count()).isEqualTo(50);
    }

    @Test
    void last_sequence_number_is_found_by_point_lookups() {
        assertThat(engine.lastSequenceNumberFor("none")).isEmpty();
        engine.appendEvents(events("one", 0, 1));
        assertThat(engine.lastSequenceNumberFor("one")).contains(0L);
        for (int size : new int[] {2, 3, 4, 17, 64, 65, 1000}) {
            String id = "agg-" + size;
            for (int from = 0; from < size; from += 200) {
                engine.appendEvents(events(id, from, Math.min(200, size - from)));
            }
            assertThat(engine.lastSequenceNumberFor(id)).as(id).contains(size - 1L);
        }
    }

    @Test
    void tracking_from_the_tail_delivers_every_event_in_global_order_with_advancing_tokens() {
        engine.appendEvents(events("a", 0, 2));
        engine.appendEvents(events("b", 0, 1));
        engine.appendEvents(events("a", 2, 1));

        List<? extends TrackedEventMessage<?>> all = engine.readEvents(engine.createTailToken(), false).toList();

        assertThat(all).extracting(e -> ((GapAwareTrackingToken) e.trackingToken()).getIndex())
                .containsExactly(1L, 2L, 3L, 4L);
        assertThat(all).extracting(e -> ((Happened) e.getPayload()).aggregateId()).containsExactly("a", "a", "b", "a");
        assertThat(all).allSatisfy(e -> assertThat(((GapAwareTrackingToken) e.trackingToken()).hasGaps()).isFalse());
        TrackingToken afterSecond = all.get(1).trackingToken();
        assertThat(engine.readEvents(afterSecond, false).map(e -> e.getIdentifier()).toList())
                .containsExactly(all.get(2).getIdentifier(), all.get(3).getIdentifier());
        assertThat(engine.readEvents(all.get(3).trackingToken(), false)).isEmpty();
    }

    @Test
    void tracking_reads_past_many_batches_lazily() {
        GapAwareMongoEventStorageEngine small = store.engineBuilder().batchSize(7).build();
        for (int i = 0; i < 10; i++) {
            small.appendEvents(events("agg-" + i, 0, 5));
        }

        assertThat(small.readEvents(null, false).map(e -> ((GapAwareTrackingToken) e.trackingToken()).getIndex()))
                .hasSize(50)
                .isSorted()
                .doesNotHaveDuplicates();
    }

    @Test
    void events_that_belong_to_no_aggregate_are_stored_and_tracked() {
        EventMessage<String> plain = GenericEventMessage.asEventMessage("just happened");
        EventMessage<String> other = GenericEventMessage.<String>asEventMessage("and this").andMetaData(Map.of("n", 2));
        engine.appendEvents(List.of(plain, other));
        // The same event identifier again is a duplicate, as in Axon's JDBC engine.
        assertThatThrownBy(() -> engine.appendEvents(List.of(plain))).isInstanceOf(ConcurrencyException.class);

        List<? extends TrackedEventMessage<?>> all = engine.readEvents(null, false).toList();

        assertThat(all.stream().map(e -> (Object) e.getPayload())).containsExactly("just happened", "and this");
        assertThat(all.get(0).getIdentifier()).isEqualTo(plain.getIdentifier());
        assertThat(all.get(1).getMetaData()).containsEntry("n", 2);
    }

    @Test
    void a_duplicate_sequence_number_is_a_concurrency_exception_and_writes_nothing() {
        engine.appendEvents(events("a", 0, 3));
        long before = database.getCollection("events").countDocuments();

        assertThatThrownBy(() -> engine.appendEvents(events("a", 2, 3))).isInstanceOf(ConcurrencyException.class)
                .isNotInstanceOf(AggregateStreamCreationException.class);

        assertThat(database.getCollection("events").countDocuments()).isEqualTo(before);
        assertThat(engine.readEvents("a").asStream().map(DomainEventMessage::getSequenceNumber))
                .containsExactly(0L, 1L, 2L);
        assertThat(engine.lastSequenceNumberFor("a")).contains(2L);
    }

    @Test
    void creating_an_aggregate_twice_is_an_aggregate_stream_creation_exception() {
        engine.appendEvents(events("a", 0, 1));

        assertThatThrownBy(() -> engine.appendEvents(events("a", 0, 2)))
                .isInstanceOf(AggregateStreamCreationException.class);
        assertThat(engine.readEvents("a").asStream().count()).isEqualTo(1);
    }

    @Test
    void when_a_later_event_of_a_batch_conflicts_the_earlier_ones_are_taken_out_again() {
        engine.appendEvents(events("b", 0, 1));
        List<DomainEventMessage<?>> batch = List.of(event("a", 0), event("a", 1), event("b", 0));

        assertThatThrownBy(() -> engine.appendEvents(batch)).isInstanceOf(AggregateStreamCreationException.class);

        assertThat(engine.readEvents("a").asStream()).isEmpty();
        assertThat(database.getCollection("events").countDocuments()).isEqualTo(1);
        // Their numbers are burned: the next event comes after them.
        engine.appendEvents(events("c", 0, 1));
        assertThat(database.getCollection("events").find(Filters.eq("streamKey", "c/0")).first())
                .containsEntry("_id", 5L);
    }

    @Test
    void snapshots_are_stored_and_read_and_an_older_one_never_replaces_a_newer_one() {
        engine.appendEvents(events("a", 0, 10));
        assertThat(engine.readSnapshot("a")).isEmpty();

        engine.storeSnapshot(snapshot("a", 5, "five"));
        assertThat(engine.readSnapshot("a")).map(s -> s.getSequenceNumber()).contains(5L);

        engine.storeSnapshot(snapshot("a", 8, "eight"));
        engine.storeSnapshot(snapshot("a", 3, "three"));
        engine.storeSnapshot(snapshot("a", 8, "eight again"));

        Optional<DomainEventMessage<?>> read = engine.readSnapshot("a");
        assertThat(read).isPresent();
        assertThat(read.get().getSequenceNumber()).isEqualTo(8L);
        assertThat(read.get().getPayload()).isEqualTo(new Happened("a", 8, "eight"));
        assertThat(database.getCollection("snapshots").countDocuments()).isEqualTo(1);
        assertThat(engine.readSnapshot("b")).isEmpty();
    }

    @Test
    void the_head_token_skips_what_is_stored_and_keeps_what_is_still_being_written() {
        engine.appendEvents(events("a", 0, 3));
        GapAwareMongoEventStorageEngine.PreparedAppend slow = engine.prepare(events("slow", 0, 1), store.serializer);
        engine.appendEvents(events("b", 0, 1));

        TrackingToken head = engine.createHeadToken();
        engine.appendEvents(events("c", 0, 1));
        engine.complete(slow);

        assertThat(engine.readEvents(head, false).map(e -> ((Happened) e.getPayload()).aggregateId()))
                .containsExactly("slow", "c");
    }

    @Test
    void the_head_token_of_an_empty_store_delivers_the_first_event() {
        TrackingToken head = engine.createHeadToken();
        engine.appendEvents(events("a", 0, 1));

        assertThat(engine.readEvents(head, false)).hasSize(1);
    }

    @Test
    void a_token_at_a_point_in_time_starts_with_the_first_event_stamped_at_or_after_it() {
        Instant t0 = Instant.parse("2026-03-16T00:00:00Z");
        engine.appendEvents(List.of(stamped("a", 0, t0.plusSeconds(1))));
        engine.appendEvents(List.of(stamped("a", 1, t0.plusSeconds(2))));
        engine.appendEvents(List.of(stamped("a", 2, t0.plusSeconds(3))));

        assertThat(engine.readEvents(engine.createTokenAt(t0.plusSeconds(2)), false)
                           .map(e -> ((Happened) e.getPayload()).sequenceNumber()))
                .containsExactly(1L, 2L);
        assertThat(engine.readEvents(engine.createTokenAt(t0), false)).hasSize(3);
        assertThat(engine.readEvents(engine.createTokenAt(t0.plusSeconds(60)), false)).isEmpty();
    }

    @Test
    void a_second_engine_on_the_same_database_continues_the_global_sequence() {
        engine.appendEvents(events("a", 0, 2));
        GapAwareMongoEventStorageEngine other = store.engine();
        other.appendEvents(events("b", 0, 2));
        engine.appendEvents(events("a", 2, 1));

        assertThat(other.readEvents(null, false).map(e -> ((GapAwareTrackingToken) e.trackingToken()).getIndex()))
                .containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void a_lost_counter_document_is_rebuilt_from_the_stored_events() {
        engine.appendEvents(events("a", 0, 4));
        database.getCollection("counters").deleteMany(new Document());

        GapAwareMongoEventStorageEngine restarted = store.engine();
        restarted.appendEvents(events("a", 4, 1));

        assertThat(restarted.readEvents("a").asStream().count()).isEqualTo(5);
        assertThat(database.getCollection("events").find(Filters.eq("streamKey", "a/4")).first())
                .containsEntry("_id", 5L);
    }

    private static DomainEventMessage<Happened> snapshot(String aggregateId, long sequenceNumber, String note) {
        return new GenericDomainEventMessage<>("Thing", aggregateId, sequenceNumber,
                                               new Happened(aggregateId, sequenceNumber, note));
    }

    private static DomainEventMessage<Happened> stamped(String aggregateId, long sequenceNumber, Instant at) {
        return new GenericDomainEventMessage<>("Thing", aggregateId, sequenceNumber,
                                               new Happened(aggregateId, sequenceNumber, "n"), MetaData.emptyInstance(),
                                               java.util.UUID.randomUUID().toString(), at);
    }
}
