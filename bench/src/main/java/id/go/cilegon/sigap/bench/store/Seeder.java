package id.go.cilegon.sigap.bench.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import id.go.cilegon.sigap.bench.Corpus;
import id.go.cilegon.sigap.bench.Report;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.infra.eventstore.GapAwareMongoEventStorageEngine;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * Fills a store with cases, straight through Sigap's own event storage engine (not through HTTP): their events as
 * the aggregates record them ({@link CaseStories}), sealed with the run's master key so that Sigap can read them, in
 * blocks of a few hundred cases whose events are appended in the order they happened. The closed cases come first,
 * spread over the last two years; the open ones, recent, last. The register counters are then moved past the numbers
 * used, as if Sigap had issued them.
 */
public final class Seeder {

    private static final int CASES_PER_BLOCK = 250;
    private static final int EVENTS_PER_APPEND = 1_000;
    private static final int SAMPLED_CODES = 500;

    private final MongoClient client;
    private final String database;
    private final Corpus corpus;
    private final String masterKey;

    public Seeder(MongoClient client, String database, Corpus corpus, String masterKey) {
        this.client = client;
        this.database = database;
        this.corpus = corpus;
        this.masterKey = masterKey;
    }

    /** Seeds {@code cases} cases, {@code openCases} of them open, from {@code threads} threads. */
    public Seeded seed(int cases, int openCases, int threads) throws Exception {
        MongoDatabase store = client.getDatabase(database);
        GapAwareMongoEventStorageEngine engine = Engines.sigap(client, database, Engines.serializer(store, masterKey));
        Map<String, AtomicLong> counters = new ConcurrentHashMap<>();
        Instant now = Instant.now();
        CaseStories stories = new CaseStories(corpus, WorkingDayCalendar.standard(ZoneId.of("Asia/Jakarta"),
                LocalTime.of(16, 0)), now, now.minus(Duration.ofDays(690)),
                (register, year) -> counters.computeIfAbsent(register + "/" + year, key -> new AtomicLong())
                        .incrementAndGet());
        long closed = cases - openCases;
        AtomicLong nextBlock = new AtomicLong();
        AtomicLong events = new AtomicLong();
        AtomicLong done = new AtomicLong();
        List<String> requestCodes = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String> complaintCodes = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> seeders = new ArrayList<>();
        long started = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            seeders.add(pool.submit(() -> {
                for (long first = nextBlock.getAndAdd(CASES_PER_BLOCK); first < cases;
                        first = nextBlock.getAndAdd(CASES_PER_BLOCK)) {
                    Random random = new Random(first);
                    List<DomainEventMessage<?>> block = new ArrayList<>();
                    for (long index = first; index < Math.min(cases, first + CASES_PER_BLOCK); index++) {
                        CaseStories.Story story = stories.story(random, index, closed, index >= closed);
                        block.addAll(story.events());
                        List<String> codes = story.request() ? requestCodes : complaintCodes;
                        if (codes.size() < SAMPLED_CODES && random.nextInt(50) == 0) {
                            codes.add(story.trackingCode());
                        }
                    }
                    block.sort(Comparator.comparing(DomainEventMessage::getTimestamp));
                    for (int from = 0; from < block.size(); from += EVENTS_PER_APPEND) {
                        engine.appendEvents(block.subList(from, Math.min(block.size(), from + EVENTS_PER_APPEND)));
                    }
                    events.addAndGet(block.size());
                    long seeded = done.addAndGet(Math.min(CASES_PER_BLOCK, cases - first));
                    if (seeded % Math.max(CASES_PER_BLOCK, cases / 20 / CASES_PER_BLOCK * CASES_PER_BLOCK) == 0) {
                        Report.progress("seeded " + seeded + " of " + cases + " cases, " + events.get() + " events");
                    }
                }
                return null;
            }));
        }
        for (Future<?> seeder : seeders) {
            seeder.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        counters.forEach((key, value) -> store.getCollection("register_sequences").updateOne(Filters.eq("_id", key),
                Updates.max("value", value.get()), new UpdateOptions().upsert(true)));
        return new Seeded(cases, openCases, events.get(), seconds, List.copyOf(requestCodes),
                List.copyOf(complaintCodes));
    }

    /**
     * What was seeded, with tracking codes of a sample of the cases (for their status pages).
     *
     * @param seconds how long seeding took
     */
    public record Seeded(long cases, long openCases, long events, double seconds, List<String> requestCodes,
            List<String> complaintCodes) {
    }
}
