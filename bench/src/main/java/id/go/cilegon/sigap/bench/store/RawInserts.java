package id.go.cilegon.sigap.bench.store;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import id.go.cilegon.sigap.bench.Corpus;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Random;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.serialization.SerializedObject;
import org.bson.Document;

/**
 * What the store itself can do: single-document {@code insertOne} of documents shaped like Sigap's event documents
 * (ADR 0001: the same fields, a real serialized payload, the same unique {@code streamKey} index and write concern), by
 * one thread and by four, into a collection of their own on the same server as everything else in the run.
 */
public final class RawInserts {

    private final MongoClient client;
    private final String database;
    private final String payload;
    private final String payloadType;

    /** With the payload of a registered information request as Sigap's event serializer writes it. */
    public RawInserts(MongoClient client, String database, String masterKey, Corpus corpus) {
        this.client = client;
        this.database = database;
        Instant now = Instant.now();
        CaseStories stories = new CaseStories(corpus, WorkingDayCalendar.standard(ZoneId.of("Asia/Jakarta"),
                LocalTime.of(16, 0)), now, now.minus(Duration.ofDays(365)), (register, year) -> 1);
        Random random = new Random(1);
        CaseStories.Story story = stories.story(random, 0, 1, false);
        while (!story.request()) {
            story = stories.story(random, 0, 1, false);
        }
        SerializedObject<String> serialized = story.events().get(0)
                .serializePayload(Engines.serializer(client.getDatabase(database), masterKey), String.class);
        this.payloadType = serialized.getType().getName();
        this.payload = serialized.getData();
    }

    public int payloadLength() {
        return payload.length();
    }

    /** Inserts one document at a time from {@code threads} threads for {@code duration}; documents a second. */
    public double insertsPerSecond(int threads, Duration duration) throws Exception {
        String name = "events_" + threads + "_threads";
        MongoDatabase store = client.getDatabase(database);
        MongoCollection<Document> events = store.getCollection(name)
                .withWriteConcern(WriteConcern.MAJORITY.withJournal(true));
        // Dropping a collection that is not there makes the embedded store log an error with its stack trace.
        if (store.listCollectionNames().into(new ArrayList<>()).contains(name)) {
            events.drop();
        }
        events.createIndex(Indexes.ascending("streamKey"), new IndexOptions().unique(true).name("streamKey_unique"));
        AtomicLong ids = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> writers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            writers.add(pool.submit(() -> {
                while (running.get()) {
                    events.insertOne(document(ids.incrementAndGet()));
                }
                return null;
            }));
        }
        long started = System.nanoTime();
        Thread.sleep(duration.toMillis());
        running.set(false);
        for (Future<?> writer : writers) {
            writer.get();
        }
        long elapsed = System.nanoTime() - started;
        pool.shutdown();
        long inserted = events.countDocuments();
        events.drop();
        return inserted / (elapsed / 1e9);
    }

    private Document document(long id) {
        String aggregate = UUID.randomUUID().toString();
        return new Document("_id", id)
                .append("streamKey", aggregate + "/0")
                .append("aggregateIdentifier", aggregate)
                .append("sequenceNumber", 0L)
                .append("type", "InformationRequest")
                .append("eventIdentifier", UUID.randomUUID().toString())
                .append("timestamp", Instant.now().toString())
                .append("payloadType", payloadType)
                .append("payloadRevision", null)
                .append("payload", payload)
                .append("metaData", "{}")
                .append("appendedAt", System.currentTimeMillis());
    }
}
