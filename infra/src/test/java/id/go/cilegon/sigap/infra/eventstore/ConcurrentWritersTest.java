package id.go.cilegon.sigap.infra.eventstore;

import static id.go.cilegon.sigap.infra.eventstore.TestStore.events;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Projections;
import id.go.cilegon.sigap.infra.eventstore.TestStore.Happened;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.SerializedObject;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Several writers — four threads on one engine and two on a second engine instance with its own connection pool, as
 * two application nodes — append 20,000 events to 500 aggregates while a reader streams them from its persisted
 * token. Each append loads the aggregate's position first (as a repository does) and retries on a concurrency
 * conflict, so aggregates stay gap-free while writers race on them; the conflicts burn global numbers.
 *
 * <p>The reader must see every committed event exactly once, and each aggregate's events in sequence order.
 */
class ConcurrentWritersTest {

    private static final int AGGREGATES = 500;
    private static final int EVENTS_PER_AGGREGATE = 40;
    private static final int TOTAL = AGGREGATES * EVENTS_PER_AGGREGATE;
    private static final Duration DEADLINE = Duration.ofMinutes(2);

    private TestStore store;

    @BeforeEach
    void start() {
        store = new TestStore();
    }

    @AfterEach
    void stop() {
        store.close();
    }

    @Test
    void a_streaming_reader_sees_every_committed_event_exactly_once_and_each_aggregate_in_order() throws Exception {
        GapAwareMongoEventStorageEngine nodeA = store.engine();
        GapAwareMongoEventStorageEngine nodeB = store.engine();
        GapAwareMongoEventStorageEngine readerNode = store.engineBuilder().batchSize(500).build();

        AtomicLongArray appended = new AtomicLongArray(AGGREGATES); // events committed per aggregate
        AtomicInteger conflicts = new AtomicInteger();
        AtomicBoolean writersDone = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(7);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < 6; w++) {
            GapAwareMongoEventStorageEngine engine = w < 4 ? nodeA : nodeB;
            long seed = 1000L + w;
            writers.add(pool.submit(() -> {
                go.await();
                write(engine, new Random(seed), appended, conflicts);
                return null;
            }));
        }
        Reader reader = new Reader(readerNode, writersDone);
        Future<?> reading = pool.submit(reader);

        go.countDown();
        for (Future<?> writer : writers) {
            writer.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
        }
        writersDone.set(true);
        reading.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
        pool.shutdownNow();

        assertThat(reader.problems).as("duplicates or out-of-order events").isEmpty();
        Set<String> stored = new HashSet<>();
        for (Document document : store.database().getCollection("events").find()
                .projection(Projections.include("eventIdentifier"))) {
            stored.add(document.getString("eventIdentifier"));
        }
        assertThat(stored).hasSize(TOTAL);
        assertThat(reader.seen).hasSize(TOTAL).isEqualTo(stored);
        for (int a = 0; a < AGGREGATES; a++) {
            assertThat(reader.lastSequence.get(aggregateId(a))).isEqualTo(EVENTS_PER_AGGREGATE - 1L);
        }
        System.out.printf("ConcurrentWritersTest: %d events, %d concurrency conflicts retried, %d reads%n",
                          TOTAL, conflicts.get(), reader.reads);
    }

    /** Appends 1–3 events at a time to random aggregates until every aggregate has all its events. */
    private static void write(GapAwareMongoEventStorageEngine engine, Random random, AtomicLongArray appended,
                              AtomicInteger conflicts) {
        List<Integer> open = new ArrayList<>();
        for (int a = 0; a < AGGREGATES; a++) {
            open.add(a);
        }
        while (!open.isEmpty()) {
            int slot = random.nextInt(open.size());
            int a = open.get(slot);
            String id = aggregateId(a);
            // Load the aggregate's position, as a repository would, then append after it.
            long next = engine.lastSequenceNumberFor(id).map(last -> last + 1).orElse(0L);
            if (next >= EVENTS_PER_AGGREGATE) {
                open.remove(slot);
                continue;
            }
            int count = (int) Math.min(1 + random.nextInt(3), EVENTS_PER_AGGREGATE - next);
            try {
                engine.appendEvents(events(id, next, count));
                appended.addAndGet(a, count);
            } catch (ConcurrencyException | AggregateStreamCreationException e) {
                conflicts.incrementAndGet(); // another writer got there first: reload and try again
            }
        }
    }

    private static String aggregateId(int a) {
        return "agg-" + a;
    }

    /** Streams from its token, saving it (serialized, as a token store does) after every read. */
    private final class Reader implements Runnable {

        private final GapAwareMongoEventStorageEngine engine;
        private final AtomicBoolean writersDone;
        final Set<String> seen = new HashSet<>();
        final Map<String, Long> lastSequence = new HashMap<>();
        final ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        int reads;

        Reader(GapAwareMongoEventStorageEngine engine, AtomicBoolean writersDone) {
            this.engine = engine;
            this.writersDone = writersDone;
        }

        @Override
        public void run() {
            SerializedObject<byte[]> savedToken = null;
            while (seen.size() < TOTAL || !writersDone.get()) {
                TrackingToken token = savedToken == null ? null : store.serializer.deserialize(savedToken);
                int before = seen.size();
                Iterator<? extends TrackedEventMessage<?>> stream = engine.readEvents(token, true).iterator();
                while (stream.hasNext()) {
                    TrackedEventMessage<?> event = stream.next();
                    check(event);
                    token = event.trackingToken();
                }
                reads++;
                if (token != null) {
                    savedToken = store.serializer.serialize(token, byte[].class);
                }
                if (seen.size() == before) {
                    sleep(); // nothing new yet: poll again shortly
                }
                if (seen.size() > TOTAL) {
                    problems.add("more events delivered than appended");
                    return;
                }
            }
        }

        private void check(TrackedEventMessage<?> event) {
            if (!seen.add(event.getIdentifier())) {
                problems.add("delivered twice: " + event.getIdentifier());
            }
            Happened happened = (Happened) event.getPayload();
            long expected = lastSequence.getOrDefault(happened.aggregateId(), -1L) + 1;
            if (happened.sequenceNumber() != expected) {
                problems.add(happened.aggregateId() + ": expected " + expected + ", got " + happened.sequenceNumber());
            }
            lastSequence.put(happened.aggregateId(), happened.sequenceNumber());
        }

        private void sleep() {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
