package id.go.cilegon.sigap.infra.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.cilegon.sigap.infra.eventstore.GapAwareMongoEventStorageEngine.PreparedAppend;
import id.go.cilegon.sigap.infra.eventstore.TestStore.Happened;
import id.go.cilegon.sigap.infra.eventstore.TestStore.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.DocumentPerEventStorageStrategy;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reason Sigap has its own event storage engine (ADR 0001), played out: two writers on two nodes, and the commit
 * of the first is held back — a GC pause, a slow insert — for longer than the Axon Mongo extension's look-back window,
 * while the second writer commits and a tracking reader moves past it. The extension orders its stream by the time
 * each writer stamped its event and looks back only that window, so the late event is never delivered. Sigap's engine
 * numbers events when the append starts and remembers a missing number as a gap, so the late event is delivered the
 * moment it is committed.
 *
 * <p>Time is a hand-moved clock that stamps the events (and drives Sigap's gap timeout); the writers are real threads
 * and the held-back commit is released by the test, so every run plays the same interleaving.
 */
class LateCommitTest {

    /** Small on purpose; the extension's default is one second. */
    private static final Duration LOOK_BACK = Duration.ofMillis(200);
    /** How long the first writer is held between stamping its event and committing it: well past the window. */
    private static final Duration HELD_BACK = LOOK_BACK.multipliedBy(3);
    private static final Duration GAP_TIMEOUT = Duration.ofSeconds(60);

    private TestStore store;
    private MutableClock clock;
    private ExecutorService writers;

    @BeforeEach
    void start() {
        store = new TestStore();
        clock = new MutableClock(Instant.parse("2026-03-16T01:00:00Z"));
        writers = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void stop() throws InterruptedException {
        writers.shutdownNow();
        writers.awaitTermination(10, TimeUnit.SECONDS);
        store.close();
    }

    @Test
    void the_extensions_tracking_never_delivers_an_event_committed_later_than_its_look_back_window()
            throws Exception {
        MongoEventStorageEngine nodeA = extensionEngine();
        MongoEventStorageEngine nodeB = extensionEngine();
        Reader reader = new Reader(extensionEngine());

        CountDownLatch stamped = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> late = CompletableFuture.runAsync(() -> {
            DomainEventMessage<Happened> event = stampedEvent("late");  // the extension's order: this timestamp
            stamped.countDown();
            await(release);
            nodeA.appendEvents(event);
        }, writers);
        await(stamped);
        clock.advance(HELD_BACK);
        CompletableFuture.runAsync(() -> nodeB.appendEvents(stampedEvent("prompt")), writers).get();

        assertThat(reader.poll()).containsExactly("prompt");
        release.countDown();
        late.get();
        clock.advance(Duration.ofMillis(10));
        nodeB.appendEvents(stampedEvent("after"));

        assertThat(reader.poll()).as("the late event is stored, but older than the window behind the token")
                .containsExactly("after");
        assertThat(reader.poll()).isEmpty();
        assertThat(reader.delivered).doesNotContain("late");
        assertThat(storedAggregates(nodeB)).contains("late", "prompt", "after");
    }

    @Test
    void sigaps_engine_delivers_the_late_event_once_it_is_committed_and_only_once() throws Exception {
        GapAwareMongoEventStorageEngine nodeA = store.engine(clock, GAP_TIMEOUT, 100);
        GapAwareMongoEventStorageEngine nodeB = store.engine(clock, GAP_TIMEOUT, 100);
        Reader reader = new Reader(store.engine(clock, GAP_TIMEOUT, 100));

        CountDownLatch numbered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> late = CompletableFuture.runAsync(() -> {
            PreparedAppend append = nodeA.prepare(List.of(stampedEvent("late")), store.serializer); // number 1
            numbered.countDown();
            await(release);
            nodeA.complete(append);
        }, writers);
        await(numbered);
        clock.advance(HELD_BACK);
        CompletableFuture.runAsync(() -> nodeB.appendEvents(stampedEvent("prompt")), writers).get(); // number 2

        assertThat(reader.poll()).containsExactly("prompt");
        release.countDown();
        late.get();
        clock.advance(Duration.ofMillis(10));
        nodeB.appendEvents(stampedEvent("after"));

        assertThat(reader.poll()).as("number 1 was a gap in the token; now its event is there")
                .containsExactly("late", "after");
        assertThat(reader.poll()).isEmpty();
        assertThat(reader.delivered).containsExactly("prompt", "late", "after");
    }

    private MongoEventStorageEngine extensionEngine() {
        MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                .mongoTemplate(DefaultMongoTemplate.builder()
                        .mongoDatabase(store.newClient(), "extension").build())
                .storageStrategy(new DocumentPerEventStorageStrategy(EventEntryConfiguration.getDefault(), LOOK_BACK))
                .eventSerializer(store.serializer)
                .snapshotSerializer(store.serializer)
                .transactionManager(NoTransactionManager.INSTANCE)
                .build();
        engine.ensureIndexes();
        return engine;
    }

    /** An aggregate's first event, stamped now by the writers' clock. */
    private DomainEventMessage<Happened> stampedEvent(String aggregateId) {
        return new GenericDomainEventMessage<>(TestStore.AGGREGATE_TYPE, aggregateId, 0,
                new Happened(aggregateId, 0, "note"), MetaData.emptyInstance(),
                UUID.randomUUID().toString(), clock.instant());
    }

    private static List<String> storedAggregates(EventStorageEngine engine) {
        return engine.readEvents(null, false).map(event -> ((Happened) event.getPayload()).aggregateId()).toList();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The other writer never got there");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What a tracking processor does on each poll: read on from its token, remember the new token. */
    private static final class Reader {

        private final EventStorageEngine engine;
        private final List<String> delivered = new ArrayList<>();
        private TrackingToken token;

        Reader(EventStorageEngine engine) {
            this.engine = engine;
        }

        List<String> poll() {
            List<String> batch = new ArrayList<>();
            engine.readEvents(token, false).forEach(event -> {
                batch.add(((Happened) event.getPayload()).aggregateId());
                token = event.trackingToken();
            });
            delivered.addAll(batch);
            return batch;
        }
    }
}
