package id.go.cilegon.sigap.infra.eventstore;

import static id.go.cilegon.sigap.infra.eventstore.TestStore.events;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import id.go.cilegon.sigap.infra.eventstore.TestStore.Happened;
import id.go.cilegon.sigap.infra.mongo.EmbeddedMongo;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What was stored is there after a restart, and a tracking processor carries on where it stopped. */
class RestartTest {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @Test
    void aggregates_and_snapshots_reload_through_a_new_engine_on_the_same_store() {
        try (TestStore store = new TestStore()) {
            GapAwareMongoEventStorageEngine before = store.engine();
            before.appendEvents(events("a", 0, 5));
            before.appendEvents(events("b", 0, 2));
            // A snapshot of "a" after its third event, with a count no replay could produce.
            before.storeSnapshot(new GenericDomainEventMessage<>("Tally", "a", 2, new Tally("a", 100)));

            GapAwareMongoEventStorageEngine after = store.engine(); // a new node with a connection of its own
            EmbeddedEventStore eventStore = EmbeddedEventStore.builder().storageEngine(after).build();
            try {
                assertThat(load(eventStore, "a").count).as("snapshot, then the two events after it").isEqualTo(102);
                assertThat(load(eventStore, "b").count).isEqualTo(2);
                assertThat(after.readSnapshot("a")).map(DomainEventMessage::getSequenceNumber).contains(2L);
                assertThat(after.lastSequenceNumberFor("a")).contains(4L);
                after.appendEvents(events("a", 5, 1));
                assertThat(after.readEvents(null, false).map(e -> ((GapAwareTrackingToken) e.trackingToken())
                        .getIndex())).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
            } finally {
                eventStore.shutDown();
            }
        }
    }

    @Test
    void a_tracking_processor_resumes_from_its_persisted_token_without_replaying() throws Exception {
        try (TestStore store = new TestStore()) {
            List<String> firstRun = new CopyOnWriteArrayList<>();
            GapAwareMongoEventStorageEngine engine = store.engine();
            for (int i = 0; i < 30; i++) {
                engine.appendEvents(events("first-" + i, 0, 1));
            }
            Node node = new Node(store, engine, firstRun);
            node.start();
            awaitSize(firstRun, 30);
            node.stop();

            GapAwareMongoEventStorageEngine restarted = store.engine();
            for (int i = 0; i < 20; i++) {
                restarted.appendEvents(events("second-" + i, 0, 1));
            }
            List<String> secondRun = new CopyOnWriteArrayList<>();
            Node again = new Node(store, restarted, secondRun);
            again.start();
            awaitSize(secondRun, 20);
            again.stop();

            assertThat(firstRun).hasSize(30).allMatch(id -> id.startsWith("first-"));
            // Replaying from zero would deliver the 30 old events first.
            assertThat(secondRun).hasSize(20).allMatch(id -> id.startsWith("second-"));
        }
    }

    @Test
    void the_h2_store_keeps_events_snapshots_and_the_counter_across_a_server_restart(@TempDir Path dataDir) {
        try (TestStore store = new TestStore(EmbeddedMongo.h2(dataDir))) {
            GapAwareMongoEventStorageEngine engine = store.engine();
            engine.appendEvents(events("a", 0, 3));
            engine.appendEvents(events("b", 0, 2));
            engine.storeSnapshot(new GenericDomainEventMessage<>("Thing", "a", 1, new Happened("a", 1, "snap")));
        }

        try (TestStore store = new TestStore(EmbeddedMongo.h2(dataDir))) {
            GapAwareMongoEventStorageEngine engine = store.engine();
            assertThat(engine.readEvents("a").asStream().map(DomainEventMessage::getSequenceNumber))
                    .containsExactly(0L, 1L, 2L);
            assertThat(engine.readSnapshot("a")).map(DomainEventMessage::getSequenceNumber).contains(1L);
            engine.appendEvents(events("b", 2, 1));
            assertThat(engine.readEvents(null, false).map(e -> ((Happened) e.getPayload()).aggregateId()))
                    .containsExactly("a", "a", "a", "b", "b", "b");
            assertThat(engine.currentCounter()).isEqualTo(6);
        }
    }

    private static Tally load(EmbeddedEventStore eventStore, String id) {
        EventSourcingRepository<Tally> repository = EventSourcingRepository.builder(Tally.class)
                .eventStore(eventStore).build();
        try {
            return DefaultUnitOfWork.startAndGet(null)
                    .executeWithResult(() -> repository.load(id).invoke(tally -> tally))
                    .getPayload();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitSize(List<?> list, int size) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (list.size() < size && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(list).as("events handled before the deadline").hasSizeGreaterThanOrEqualTo(size);
    }

    /** An application node: event store, Mongo token store and one tracking processor, on a connection of its own. */
    private static final class Node {

        private final EmbeddedEventStore eventStore;
        private final TrackingEventProcessor processor;

        Node(TestStore store, GapAwareMongoEventStorageEngine engine, List<String> handled) {
            MongoClient client = store.newClient();
            TokenStore tokenStore = MongoTokenStore.builder()
                    .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(client, TestStore.DATABASE).build())
                    .serializer(store.serializer)
                    .transactionManager(NoTransactionManager.INSTANCE)
                    .build();
            eventStore = EmbeddedEventStore.builder().storageEngine(engine).build();
            processor = TrackingEventProcessor.builder()
                    .name("projection")
                    .eventHandlerInvoker(SimpleEventHandlerInvoker.builder()
                                                 .eventHandlers(new Projection(handled)).build())
                    .messageSource(eventStore)
                    .tokenStore(tokenStore)
                    .transactionManager(NoTransactionManager.INSTANCE)
                    .trackingEventProcessorConfiguration(TrackingEventProcessorConfiguration
                                                                 .forSingleThreadedProcessing().andBatchSize(7))
                    .build();
        }

        void start() {
            processor.start();
        }

        void stop() {
            processor.shutDown();
            eventStore.shutDown();
        }
    }

    /** Records the aggregate of every event it handles. */
    static final class Projection {

        private final List<String> handled;

        Projection(List<String> handled) {
            this.handled = handled;
        }

        @EventHandler
        void on(Happened event) {
            handled.add(event.aggregateId());
        }
    }

    /** Counts its events; public fields so that it can be a snapshot. */
    public static final class Tally {

        @AggregateIdentifier
        public String id;
        public int count;

        public Tally() {
        }

        Tally(String id, int count) {
            this.id = id;
            this.count = count;
        }

        @EventSourcingHandler
        void on(Happened event) {
            id = event.aggregateId();
            count++;
        }
    }
}
