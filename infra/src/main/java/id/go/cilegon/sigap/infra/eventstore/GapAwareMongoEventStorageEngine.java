package id.go.cilegon.sigap.infra.eventstore;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static id.go.cilegon.sigap.infra.eventstore.EventDocuments.APPENDED_AT;
import static id.go.cilegon.sigap.infra.eventstore.EventDocuments.ID;
import static id.go.cilegon.sigap.infra.eventstore.EventDocuments.SEQUENCE_NUMBER;
import static id.go.cilegon.sigap.infra.eventstore.EventDocuments.STREAM_KEY;
import static id.go.cilegon.sigap.infra.eventstore.EventDocuments.appendedAt;
import static id.go.cilegon.sigap.infra.eventstore.EventDocuments.globalIndex;
import static id.go.cilegon.sigap.infra.eventstore.EventDocuments.sequenceNumber;
import static id.go.cilegon.sigap.infra.eventstore.EventDocuments.streamKey;
import static id.go.cilegon.sigap.infra.eventstore.EventDocuments.toEntry;
import static org.axonframework.common.BuilderUtils.assertNonNull;
import static org.axonframework.common.BuilderUtils.assertThat;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.ReadConcern;
import com.mongodb.WriteConcern;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import id.go.cilegon.sigap.infra.mongo.WriteDurability;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.axonframework.common.AxonConfigurationException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.AbstractEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sigap's Axon {@link org.axonframework.eventsourcing.eventstore.EventStorageEngine} on MongoDB, with the ordering
 * guarantees of Axon's JDBC engine and only exact-match lookups on unique keys (see
 * {@code docs/adr/0001-gap-aware-mongodb-event-store.md}).
 *
 * <ul>
 *   <li>Every event is one document in {@code events} whose {@code _id} is a global sequence number (1, 2, …). An
 *       append takes exactly as many numbers as it has events, as one block, from the counter document
 *       {@code counters/{_id:"events"}} ({@code $inc}), then inserts the documents in order.</li>
 *   <li>{@code streamKey} = aggregate id + "/" + sequence number is unique: a second event at the same place in an
 *       aggregate's stream is a {@link ConcurrencyException} (an {@link AggregateStreamCreationException} at sequence
 *       0), and nothing of that append stays written. Its numbers are never used: they become gaps.</li>
 *   <li>Streaming uses Axon's {@link GapAwareTrackingToken}: a read looks up the token's gaps and the next numbers up
 *       to the counter by {@code _id}; numbers not there yet become gaps, delivered when their event arrives; a gap is
 *       given up once an event numbered above it was appended more than the gap timeout ago.</li>
 *   <li>An aggregate loads by looking up its next stream keys in blocks; snapshots live in {@code snapshots}, one per
 *       aggregate, the newest.</li>
 * </ul>
 * After an append succeeds, the {@link WriteDurability} makes it durable before the append returns.
 */
public class GapAwareMongoEventStorageEngine extends AbstractEventStorageEngine {

    private static final Logger logger = LoggerFactory.getLogger(GapAwareMongoEventStorageEngine.class);

    /** {@code _id} of the global sequence's counter document. */
    static final String COUNTER_ID = "events";
    static final String COUNTER_VALUE = "value";
    static final String STREAM_KEY_INDEX = "streamKey_unique";

    private static final int DUPLICATE_KEY = 11000;
    private static final int FIRST_AGGREGATE_BLOCK = 16;
    /** Probes 0, 1, 3, 7, … 2^62-1 bracket the last sequence number of any aggregate in one query. */
    private static final int BRACKET_PROBES = 63;
    /** Keys looked up per round of the search for an aggregate's last sequence number. */
    private static final int SEARCH_FAN_OUT = 16;

    private final MongoCollection<Document> events;
    private final MongoCollection<Document> snapshots;
    private final MongoCollection<Document> counters;
    private final Duration gapTimeout;
    private final int batchSize;
    private final int maxGapOffset;
    private final Clock clock;
    private final WriteDurability writeDurability;

    protected GapAwareMongoEventStorageEngine(Builder builder) {
        super(builder);
        WriteConcern durable = WriteConcern.MAJORITY.withJournal(true);
        this.events = builder.database.getCollection(builder.eventsCollection)
                .withWriteConcern(durable).withReadConcern(ReadConcern.MAJORITY);
        this.snapshots = builder.database.getCollection(builder.snapshotsCollection)
                .withWriteConcern(durable).withReadConcern(ReadConcern.MAJORITY);
        this.counters = builder.database.getCollection(builder.countersCollection)
                .withWriteConcern(durable).withReadConcern(ReadConcern.MAJORITY);
        this.gapTimeout = builder.gapTimeout;
        this.batchSize = builder.batchSize;
        this.maxGapOffset = builder.maxGapOffset;
        this.clock = builder.clock;
        this.writeDurability = builder.writeDurability;
        ensureIndexes();
        ensureCounterCoversEvents();
    }

    /** A builder; a {@link MongoDatabase} and an event serializer are required. */
    public static Builder builder() {
        return new Builder();
    }

    private void ensureIndexes() {
        events.createIndex(Indexes.ascending(STREAM_KEY), new IndexOptions().unique(true).name(STREAM_KEY_INDEX));
    }

    /**
     * If the counter document is missing while events exist (restored from a partial backup, deleted by hand), numbers
     * would be handed out twice. Set it to the highest stored number; this sorts the whole collection once, only then.
     */
    private void ensureCounterCoversEvents() {
        if (counters.find(eq(ID, COUNTER_ID)).first() != null) {
            return;
        }
        Document last = events.find().projection(Projections.include(ID)).sort(Sorts.descending(ID)).limit(1).first();
        if (last != null) {
            long highest = globalIndex(last);
            counters.updateOne(eq(ID, COUNTER_ID), Updates.max(COUNTER_VALUE, highest),
                               new UpdateOptions().upsert(true));
            logger.warn("The event counter was missing; it now continues after the highest stored event, {}", highest);
        }
    }

    // ---------------------------------------------------------------------------------------------------- append

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        complete(prepare(events, serializer));
    }

    /**
     * First half of an append: serializes the events, takes their global sequence numbers and stamps them. Split from
     * {@link #complete} only so that tests can play an append that stalls or dies between the two.
     */
    PreparedAppend prepare(List<? extends EventMessage<?>> events, Serializer serializer) {
        List<Document> documents = new ArrayList<>(events.size());
        for (EventMessage<?> event : events) {
            // Events of no aggregate are stored as Axon's JDBC engine does: as aggregate <event id>, sequence 0.
            documents.add(EventDocuments.toDocument(EventUtils.asDomainEventMessage(event), serializer));
        }
        long last = allocate(documents.size());
        long first = last - documents.size() + 1;
        long appendedAt = clock.millis();
        for (int i = 0; i < documents.size(); i++) {
            Document document = documents.get(i);
            document.put(ID, first + i);
            document.put(APPENDED_AT, appendedAt);
        }
        return new PreparedAppend(List.copyOf(events), documents);
    }

    /** Second half of an append: inserts the documents, then waits until they are durable. */
    void complete(PreparedAppend append) {
        insert(append.documents(), append.events());
        writeDurability.awaitDurable();
    }

    /** Events whose numbers are taken, with their documents, not yet inserted. */
    record PreparedAppend(List<EventMessage<?>> events, List<Document> documents) {
    }

    /**
     * Takes {@code count} consecutive global sequence numbers; returns the last. Numbers are taken at the moment of
     * the append and never held: a number held back would look like a failed write to readers after the gap timeout.
     */
    long allocate(int count) {
        // Asks for the document as it was BEFORE the $inc and adds the count here. The result is the same, but
        // mongo-java-server answers "AFTER" with its live document, serialized after its collection lock is released,
        // so that a concurrent $inc can show through and two appends would get the same numbers.
        Document before = counters.findOneAndUpdate(
                eq(ID, COUNTER_ID), Updates.inc(COUNTER_VALUE, (long) count),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE));
        long previous = before == null ? 0 : ((Number) before.get(COUNTER_VALUE)).longValue();
        return previous + count;
    }

    private void insert(List<Document> documents, List<EventMessage<?>> events) {
        try {
            this.events.insertMany(documents, new InsertManyOptions().ordered(true));
        } catch (MongoBulkWriteException e) {
            int failed = e.getWriteErrors().stream().mapToInt(BulkWriteError::getIndex).min().orElse(0);
            // An ordered insert stops at the first error: the documents before it are in. Take them out again, so
            // that nothing of a failed append remains (their numbers become gaps).
            removeInserted(documents.subList(0, failed));
            BulkWriteError error = e.getWriteErrors().stream()
                    .filter(w -> w.getIndex() == failed).findFirst().orElse(null);
            throw failure(error != null && error.getCode() == DUPLICATE_KEY ? error.getMessage() : null,
                          e, events.get(failed));
        } catch (MongoWriteException e) {
            boolean duplicate = e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
            throw failure(duplicate ? e.getError().getMessage() : null, e, events.get(0));
        } catch (RuntimeException e) {
            // Unknown outcome (timeout, lost connection): the documents may or may not be in. Leave them; readers
            // deliver whatever was written, and the caller sees the failure.
            throw new EventStoreException("Events could not be appended (outcome unknown)", e);
        }
    }

    private void removeInserted(List<Document> inserted) {
        if (inserted.isEmpty()) {
            return;
        }
        List<Object> ids = new ArrayList<>(inserted.size());
        for (Document document : inserted) {
            ids.add(document.get(ID));
        }
        try {
            events.deleteMany(in(ID, ids));
        } catch (RuntimeException e) {
            logger.error("Could not remove events {} of a failed append; they stay in the store", ids, e);
        }
    }

    private RuntimeException failure(String duplicateKeyMessage, Exception cause, EventMessage<?> event) {
        if (duplicateKeyMessage != null && !duplicateKeyMessage.contains("index: _id_")) {
            handlePersistenceException(new DuplicateStreamKey(cause), event);
        }
        if (duplicateKeyMessage != null) {
            return new EventStoreException(
                    "Global sequence number already taken: the counter document in '" + counters.getNamespace()
                            + "' is behind the events; event " + event.getIdentifier() + " was not stored", cause);
        }
        return new EventStoreException("Event " + event.getIdentifier() + " could not be stored", cause);
    }

    /** Marks a duplicate stream key for {@link #handlePersistenceException}. */
    private static final class DuplicateStreamKey extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DuplicateStreamKey(Exception cause) {
            super(cause.getMessage(), cause);
        }
    }

    // -------------------------------------------------------------------------------------------------- snapshots

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        Document document = EventDocuments.toDocument(snapshot, serializer);
        String aggregateIdentifier = snapshot.getAggregateIdentifier();
        long sequenceNumber = snapshot.getSequenceNumber();
        document.put(ID, aggregateIdentifier);
        Bson olderOne = and(eq(ID, aggregateIdentifier), lt(SEQUENCE_NUMBER, sequenceNumber));
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                // Replaces an older snapshot, or inserts when there is none. When a newer (or equal) one is there,
                // the filter matches nothing and the insert of the upsert hits the _id: keep the newer one.
                snapshots.replaceOne(olderOne, document, new ReplaceOptions().upsert(true));
                return;
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw new EventStoreException("Snapshot of " + aggregateIdentifier + " could not be stored", e);
                }
                Document existing = snapshots.find(eq(ID, aggregateIdentifier)).first();
                if (existing != null && sequenceNumber(existing) >= sequenceNumber) {
                    return;
                }
                // An older one was inserted concurrently, or removed: try again.
            }
        }
        logger.warn("Snapshot of {} at {} not stored after repeated races", aggregateIdentifier, sequenceNumber);
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        Document document = snapshots.find(eq(ID, aggregateIdentifier)).first();
        return document == null ? Stream.empty() : Stream.of(toEntry(document));
    }

    // ---------------------------------------------------------------------------------------------- aggregates

    @Override
    protected Stream<? extends DomainEventData<?>> readEventData(String identifier, long firstSequenceNumber) {
        return StreamSupport.stream(new AggregateSpliterator(identifier, firstSequenceNumber), false);
    }

    /** Reads an aggregate's events by stream key in blocks of growing size; stops after a block that is not full. */
    private final class AggregateSpliterator extends Spliterators.AbstractSpliterator<DomainEventData<?>> {

        private final String aggregateIdentifier;
        private final Deque<DomainEventData<?>> buffer = new ArrayDeque<>();
        private long next;
        private int blockSize = Math.min(FIRST_AGGREGATE_BLOCK, batchSize);
        private boolean lastBlock;

        AggregateSpliterator(String aggregateIdentifier, long firstSequenceNumber) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.aggregateIdentifier = aggregateIdentifier;
            this.next = Math.max(0, firstSequenceNumber);
        }

        @Override
        public boolean tryAdvance(Consumer<? super DomainEventData<?>> action) {
            while (buffer.isEmpty()) {
                if (lastBlock) {
                    return false;
                }
                List<String> keys = new ArrayList<>(blockSize);
                for (int i = 0; i < blockSize; i++) {
                    keys.add(streamKey(aggregateIdentifier, next + i));
                }
                List<Document> block = events.find(in(STREAM_KEY, keys)).into(new ArrayList<>(blockSize));
                block.sort(Comparator.comparingLong(EventDocuments::sequenceNumber));
                block.forEach(document -> buffer.add(toEntry(document)));
                lastBlock = block.size() < blockSize;
                next += blockSize;
                blockSize = Math.min(blockSize * 2, Math.max(batchSize, FIRST_AGGREGATE_BLOCK));
            }
            action.accept(buffer.poll());
            return true;
        }
    }

    /**
     * The highest sequence number of the aggregate, found by point lookups on the unique stream key: one query for
     * the bracket (0, 1, 3, 7, …), then rounds of evenly spaced probes inside it. Relies on an aggregate's sequence
     * numbers being contiguous from 0, as Axon writes them.
     */
    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        List<Long> bracket = new ArrayList<>(BRACKET_PROBES);
        for (int k = 0; k < BRACKET_PROBES; k++) {
            bracket.add((1L << k) - 1);
        }
        Set<Long> present = presentSequenceNumbers(aggregateIdentifier, bracket);
        if (!present.contains(0L)) {
            return Optional.empty();
        }
        long low = 0;
        long high = Long.MAX_VALUE;
        for (long probe : bracket) {
            if (!present.contains(probe)) {
                high = probe;
                break;
            }
            low = probe;
        }
        while (high - low > 1) {
            long span = high - low;
            int probes = (int) Math.min(SEARCH_FAN_OUT, span - 1);
            List<Long> points = new ArrayList<>(probes);
            for (int i = 1; i <= probes; i++) {
                points.add(low + Math.max(1, (long) ((double) span * i / (probes + 1))));
            }
            Set<Long> found = presentSequenceNumbers(aggregateIdentifier, points);
            long newLow = low;
            long newHigh = high;
            for (long point : new TreeSet<>(points)) {
                if (found.contains(point)) {
                    newLow = point;
                } else {
                    newHigh = point;
                    break;
                }
            }
            low = newLow;
            high = newHigh;
        }
        return Optional.of(low);
    }

    private Set<Long> presentSequenceNumbers(String aggregateIdentifier, Collection<Long> sequenceNumbers) {
        List<String> keys = new ArrayList<>(sequenceNumbers.size());
        for (long sequenceNumber : sequenceNumbers) {
            keys.add(streamKey(aggregateIdentifier, sequenceNumber));
        }
        Set<Long> present = new TreeSet<>();
        for (Document document : events.find(in(STREAM_KEY, keys)).projection(Projections.include(SEQUENCE_NUMBER))) {
            present.add(sequenceNumber(document));
        }
        return present;
    }

    // ---------------------------------------------------------------------------------------------------- tracking

    @Override
    protected Stream<? extends TrackedEventData<?>> readEventData(TrackingToken trackingToken, boolean mayBlock) {
        if (trackingToken != null && !(trackingToken instanceof GapAwareTrackingToken)) {
            throw new IllegalArgumentException("Unsupported token: " + trackingToken
                                                       + "; this store works with GapAwareTrackingToken only");
        }
        return StreamSupport.stream(new TrackedSpliterator((GapAwareTrackingToken) trackingToken), false);
    }

    /** Reads batch after batch, lazily, until a batch finds nothing or has looked up to the counter. */
    private final class TrackedSpliterator extends Spliterators.AbstractSpliterator<TrackedEventData<?>> {

        private final Deque<TrackedEventData<?>> buffer = new ArrayDeque<>();
        private GapAwareTrackingToken token;
        private boolean atHead;

        TrackedSpliterator(GapAwareTrackingToken token) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.token = token;
        }

        @Override
        public boolean tryAdvance(Consumer<? super TrackedEventData<?>> action) {
            while (buffer.isEmpty()) {
                if (atHead) {
                    return false;
                }
                TrackedBatch batch = fetchTrackedBatch(token);
                if (!batch.events().isEmpty()) {
                    buffer.addAll(batch.events());
                    token = (GapAwareTrackingToken) batch.events().get(batch.events().size() - 1).trackingToken();
                }
                atHead = batch.reachedCounter() || batch.events().isEmpty();
            }
            action.accept(buffer.poll());
            return true;
        }
    }

    /** Events of one read, each with its token, and whether the read looked all the way up to the counter. */
    record TrackedBatch(List<TrackedEventData<?>> events, boolean reachedCounter) {
    }

    /**
     * One read: the token's gaps, the next numbers after its index up to the counter (further on while whole ranges
     * are empty), and for the gap timeout the first number above each run of gaps and the token's index itself. Only
     * {@code _id $in} lookups.
     */
    TrackedBatch fetchTrackedBatch(GapAwareTrackingToken start) {
        GapAwareTrackingToken token = start != null ? start : GapAwareTrackingToken.newInstance(0, Collections.emptySet());
        long index = token.getIndex();
        SortedSet<Long> gaps = token.getGaps();
        long counter = currentCounter();

        Set<Long> lookups = new LinkedHashSet<>(gaps);
        lookups.addAll(gapProbes(token));
        Map<Long, Document> found = new HashMap<>();
        long from = index + 1;
        long to;
        while (true) {
            to = Math.min(from + batchSize - 1, counter);
            List<Long> ids = new ArrayList<>(lookups);
            lookups.clear();
            for (long id = from; id <= to; id++) {
                ids.add(id);
            }
            boolean rangeHit = false;
            if (!ids.isEmpty()) {
                for (Document document : events.find(in(ID, ids))) {
                    long id = globalIndex(document);
                    found.put(id, document);
                    rangeHit |= id >= from;
                }
            }
            if (rangeHit || to >= counter) {
                break;
            }
            // A whole range without a single event (numbers burned by failed appends, or still being written):
            // look further, so that they never hold up later events.
            from = to + 1;
        }

        long cutoff = clock.millis() - gapTimeout.toMillis();
        long proof = 0;
        for (Document document : found.values()) {
            if (appendedAt(document) < cutoff) {
                proof = Math.max(proof, globalIndex(document));
            }
        }
        Set<Long> present = found.keySet();
        GapAwareTrackingToken current = withoutPermanentGaps(token, proof, present);
        List<Long> deliverable = new ArrayList<>();
        for (long id : found.keySet()) {
            if (id > index || gaps.contains(id)) {
                deliverable.add(id);
            }
        }
        Collections.sort(deliverable);
        List<TrackedEventData<?>> out = new ArrayList<>(deliverable.size());
        for (long id : deliverable) {
            if (id <= current.getIndex() && !current.getGaps().contains(id)) {
                continue; // given up on earlier (a gap beyond the maximum gap offset)
            }
            current = withoutPermanentGaps(current.advanceTo(id, maxGapOffset), proof, present);
            out.add(new TrackedDomainEventData<>(current, toEntry(found.get(id))));
        }
        return new TrackedBatch(out, to >= counter);
    }

    /**
     * For each run of consecutive gaps, the number just above it (an event this token has seen), and the token's
     * index: the oldest events above its gaps, whose age decides whether the gaps below are permanent.
     */
    private static List<Long> gapProbes(GapAwareTrackingToken token) {
        List<Long> probes = new ArrayList<>();
        Long previous = null;
        for (long gap : token.getGaps()) {
            if (previous != null && gap != previous + 1) {
                probes.add(previous + 1);
            }
            previous = gap;
        }
        if (previous != null && previous + 1 < token.getIndex()) {
            probes.add(previous + 1);
        }
        if (token.getIndex() > 0) {
            probes.add(token.getIndex());
        }
        return probes;
    }

    /**
     * Drops the gaps that can no longer be filled: a gap below an event that was appended before the cutoff (numbers
     * are allocated in increasing order, so the gap's number was taken even earlier, more than the gap timeout ago),
     * unless its event is among those just read.
     */
    private static GapAwareTrackingToken withoutPermanentGaps(GapAwareTrackingToken token, long proof,
                                                              Set<Long> present) {
        SortedSet<Long> gaps = token.getGaps();
        if (gaps.isEmpty() || gaps.first() >= proof) {
            return token;
        }
        List<Long> kept = new ArrayList<>(gaps.size());
        boolean dropped = false;
        for (long gap : gaps) {
            if (gap >= proof || present.contains(gap)) {
                kept.add(gap);
            } else {
                dropped = true;
            }
        }
        return dropped ? GapAwareTrackingToken.newInstance(token.getIndex(), kept) : token;
    }

    /** The highest global sequence number handed out so far (0 before the first append). */
    long currentCounter() {
        Document counter = counters.find(eq(ID, COUNTER_ID)).first();
        return counter == null ? 0 : ((Number) counter.get(COUNTER_VALUE)).longValue();
    }

    @Override
    public TrackingToken createTailToken() {
        return null;
    }

    /**
     * The position after the newest stored event. Numbers below it whose events are not (yet) stored — appends still
     * under way — are gaps of the token, so that those events are delivered too, not skipped.
     */
    @Override
    public TrackingToken createHeadToken() {
        return tokenAt(currentCounter());
    }

    /**
     * The position just before the first event (in global order) whose timestamp is at or after {@code dateTime};
     * the head when there is none. This scans the collection (the embedded store has no range index): meant for
     * occasional resets, not for hot paths.
     */
    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        Document first = events.find(gte(EventDocuments.TIMESTAMP, EventDocuments.formatTimestamp(dateTime)))
                .projection(Projections.include(ID)).sort(Sorts.ascending(ID)).limit(1).first();
        if (first == null) {
            return createHeadToken();
        }
        long position = globalIndex(first) - 1;
        return position <= 0 ? null : tokenAt(position);
    }

    /**
     * A token at the highest stored number at or below {@code position}, with the missing numbers of the last
     * {@code batchSize} below it as gaps (the gap timeout drops those that stay missing).
     */
    private GapAwareTrackingToken tokenAt(long position) {
        long windowStart = Math.max(0, position - batchSize);
        List<Long> ids = new ArrayList<>();
        for (long id = windowStart + 1; id <= position; id++) {
            ids.add(id);
        }
        Set<Long> present = new TreeSet<>();
        if (!ids.isEmpty()) {
            for (Document document : events.find(in(ID, ids)).projection(Projections.include(ID))) {
                present.add(globalIndex(document));
            }
        }
        long index = present.isEmpty() ? windowStart : ((TreeSet<Long>) present).last();
        List<Long> gaps = new ArrayList<>();
        for (long id = windowStart + 1; id < index; id++) {
            if (!present.contains(id)) {
                gaps.add(id);
            }
        }
        return GapAwareTrackingToken.newInstance(index, gaps);
    }

    // ------------------------------------------------------------------------------------------------ accessors

    public Duration gapTimeout() {
        return gapTimeout;
    }

    public int batchSize() {
        return batchSize;
    }

    /**
     * Builder for {@link GapAwareMongoEventStorageEngine}. Required: {@link #mongoDatabase} and
     * {@link #eventSerializer}. The snapshot serializer defaults to the event serializer (one format per aggregate);
     * collections default to {@code events}, {@code snapshots} and {@code counters}; the gap timeout to 60 s; the
     * batch size to 500; the maximum gap offset to 10,000; the clock to the system clock (UTC); the write durability
     * to {@link WriteDurability#NONE}.
     */
    public static class Builder extends AbstractEventStorageEngine.Builder {

        private MongoDatabase database;
        private String eventsCollection = "events";
        private String snapshotsCollection = "snapshots";
        private String countersCollection = "counters";
        private Duration gapTimeout = Duration.ofSeconds(60);
        private int batchSize = 500;
        private int maxGapOffset = 10_000;
        private Clock clock = Clock.systemUTC();
        private WriteDurability writeDurability = WriteDurability.NONE;
        private Serializer eventSerializer;
        private boolean snapshotSerializerSet;

        protected Builder() {
            // The only duplicate keys this engine passes to handlePersistenceException are stream keys.
            super.persistenceExceptionResolver(DuplicateStreamKey.class::isInstance);
        }

        public Builder mongoDatabase(MongoDatabase database) {
            assertNonNull(database, "The MongoDatabase may not be null");
            this.database = database;
            return this;
        }

        public Builder mongoDatabase(MongoClient client, String databaseName) {
            assertNonNull(client, "The MongoClient may not be null");
            assertNonNull(databaseName, "The database name may not be null");
            return mongoDatabase(client.getDatabase(databaseName));
        }

        public Builder eventsCollection(String name) {
            assertNonNull(name, "The events collection name may not be null");
            this.eventsCollection = name;
            return this;
        }

        public Builder snapshotsCollection(String name) {
            assertNonNull(name, "The snapshots collection name may not be null");
            this.snapshotsCollection = name;
            return this;
        }

        public Builder countersCollection(String name) {
            assertNonNull(name, "The counters collection name may not be null");
            this.countersCollection = name;
            return this;
        }

        /**
         * How long a missing global sequence number may stay missing before readers give up on it: longer than the
         * slowest append (allocation to insert) plus the clock difference between the writers. Default 60 s.
         */
        public Builder gapTimeout(Duration gapTimeout) {
            assertNonNull(gapTimeout, "The gap timeout may not be null");
            assertThat(gapTimeout, t -> !t.isNegative(), "The gap timeout may not be negative");
            this.gapTimeout = gapTimeout;
            return this;
        }

        /** How many global sequence numbers one tracking read looks up (besides the token's gaps). Default 500. */
        public Builder batchSize(int batchSize) {
            assertThat(batchSize, size -> size > 0, "The batch size must be positive");
            this.batchSize = batchSize;
            return this;
        }

        /** Gaps further than this below a token's index are dropped regardless of age (Axon's limit). */
        public Builder maxGapOffset(int maxGapOffset) {
            assertThat(maxGapOffset, offset -> offset > 0, "The maximum gap offset must be positive");
            this.maxGapOffset = maxGapOffset;
            return this;
        }

        /** The wall clock for {@code appendedAt} and the gap timeout. */
        public Builder clock(Clock clock) {
            assertNonNull(clock, "The clock may not be null");
            this.clock = clock;
            return this;
        }

        /** Called after every successful append, before it returns. */
        public Builder writeDurability(WriteDurability writeDurability) {
            assertNonNull(writeDurability, "The write durability may not be null");
            this.writeDurability = writeDurability;
            return this;
        }

        @Override
        public Builder eventSerializer(Serializer eventSerializer) {
            super.eventSerializer(eventSerializer);
            this.eventSerializer = eventSerializer;
            return this;
        }

        @Override
        public Builder snapshotSerializer(Serializer snapshotSerializer) {
            super.snapshotSerializer(snapshotSerializer);
            this.snapshotSerializerSet = true;
            return this;
        }

        @Override
        public Builder upcasterChain(EventUpcaster upcasterChain) {
            super.upcasterChain(upcasterChain);
            return this;
        }

        @Override
        public Builder snapshotFilter(SnapshotFilter snapshotFilter) {
            super.snapshotFilter(snapshotFilter);
            return this;
        }

        /** @deprecated as in Axon, in favour of {@link #snapshotFilter(SnapshotFilter)} */
        @Override
        @Deprecated
        public Builder snapshotFilter(Predicate<? super DomainEventData<?>> snapshotFilter) {
            super.snapshotFilter(snapshotFilter);
            return this;
        }

        /** Not used: this engine recognises duplicate stream keys itself. */
        @Override
        public Builder persistenceExceptionResolver(PersistenceExceptionResolver persistenceExceptionResolver) {
            return this;
        }

        @Override
        protected void validate() throws AxonConfigurationException {
            if (eventSerializer == null) {
                throw new AxonConfigurationException("An event Serializer is required");
            }
            if (!snapshotSerializerSet) {
                super.snapshotSerializer(eventSerializer);
                snapshotSerializerSet = true;
            }
            assertNonNull(database, "The MongoDatabase is a hard requirement and should be provided");
            super.validate();
        }

        public GapAwareMongoEventStorageEngine build() {
            return new GapAwareMongoEventStorageEngine(this);
        }
    }
}
