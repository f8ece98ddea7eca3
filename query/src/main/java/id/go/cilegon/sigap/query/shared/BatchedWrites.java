package id.go.cilegon.sigap.query.shared;

import static com.mongodb.client.model.Filters.in;

import com.mongodb.MongoNamespace;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.bson.BsonDocument;
import org.bson.BsonDocumentWriter;
import org.bson.BsonValue;
import org.bson.codecs.EncoderContext;
import org.bson.conversions.Bson;

/**
 * A read model's writes held back until its processor has handled the whole batch, then sent together, one ordered
 * bulk write per collection, before the batch's token is stored (ADR 0029). A projection that writes through
 * {@link #write} costs its store one round trip per collection and batch instead of one per write: while a processor
 * catches up (a rebuild) a batch holds a hundred events, and under load a registration's several writes to one
 * collection go together.
 *
 * <p>Writes are held only inside a batch of a processor that sends them ({@link #sentAtTheEndOfEachBatch()}); anywhere
 * else {@link #write} writes at once. A projection that reads what it wrote for an earlier event calls {@link #send}
 * before it reads. Nothing is lost to a crash: until the token is stored the batch is delivered again, and the
 * writes held must be ones that change nothing when repeated, as every projection's writes are.
 */
public final class BatchedWrites {

    private static final String RESOURCE = BatchedWrites.class.getName();
    private static final BulkWriteOptions IN_ORDER = new BulkWriteOptions().ordered(true);
    private static final UpdateOptions INSERT_IF_ABSENT = new UpdateOptions().upsert(true);

    private final Map<String, Sent> states = new LinkedHashMap<>();
    private final Map<MongoNamespace, Held<?>> held = new LinkedHashMap<>();

    /** What a projection keeps for one batch, sent at the batch's end ({@link #ofBatch}). */
    public interface Sent {

        void send();
    }

    private record Held<T>(MongoCollection<T> collection, List<WriteModel<T>> writes) {

        void send() {
            inOrder(collection, writes);
        }
    }

    private BatchedWrites() {
    }

    /**
     * The processors' interceptor: it gives each batch its writes to hold and sends them after the batch's last
     * event, inside its unit of work, so that a failed write rolls the batch back and it is delivered again.
     */
    public static MessageHandlerInterceptor<EventMessage<?>> sentAtTheEndOfEachBatch() {
        return (unitOfWork, chain) -> {
            if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch)) {
                return chain.proceed();
            }
            BatchedWrites writes = unitOfWork.getOrComputeResource(RESOURCE, key -> new BatchedWrites());
            Object result = chain.proceed();
            if (batch.isLastMessage()) {
                writes.sendHeld();
            }
            return result;
        };
    }

    /** Writes {@code write} to {@code collection}: with the batch when one is handled, otherwise now. */
    public static <T> void write(MongoCollection<T> collection, WriteModel<T> write) {
        Optional<BatchedWrites> batch = current();
        if (batch.isPresent()) {
            batch.get().heldFor(collection).writes().add(write);
        } else {
            collection.bulkWrite(List.of(write), IN_ORDER);
        }
    }

    /**
     * Within the current batch, the writes held for {@code collections} are sent in this order, the first
     * collection's before the second's, whichever a projection wrote to first: for a reader that follows one
     * collection into another. Nothing outside a batch, where each write is made at once.
     */
    public static void sendInOrder(MongoCollection<?>... collections) {
        current().ifPresent(batch -> {
            for (MongoCollection<?> collection : collections) {
                batch.heldFor(collection);
            }
        });
    }

    @SuppressWarnings("unchecked") // a namespace's writes are held with its collection, whose type they have
    private <T> Held<T> heldFor(MongoCollection<T> collection) {
        return (Held<T>) held.computeIfAbsent(collection.getNamespace(),
                namespace -> new Held<>(collection, new ArrayList<>()));
    }

    /**
     * Writes {@code writes} to {@code collection} now, in their order, in one round trip; nothing when there are none.
     * For a projection's batch state ({@link Sent}) that sends its own writes.
     */
    public static <T> void inOrder(MongoCollection<T> collection, List<? extends WriteModel<? extends T>> writes) {
        if (!writes.isEmpty()) {
            collection.bulkWrite(writes, IN_ORDER);
        }
    }

    /**
     * {@link #inOrder} for compare-and-set updates and replaces: whether each found its document or inserted one. A
     * write whose condition no longer holds (another node changed the document meanwhile) matches nothing.
     */
    public static <T> boolean inOrderEachMatched(MongoCollection<T> collection,
            List<? extends WriteModel<? extends T>> writes) {
        if (writes.isEmpty()) {
            return true;
        }
        BulkWriteResult written = collection.bulkWrite(writes, IN_ORDER);
        return written.getMatchedCount() + written.getUpserts().size() >= writes.size();
    }

    /** {@link #write} of an update without upsert. */
    public static <T> void updateOne(MongoCollection<T> collection, Bson filter, Bson update) {
        write(collection, new UpdateOneModel<>(filter, update));
    }

    /** {@link #write} of an update. */
    public static <T> void updateOne(MongoCollection<T> collection, Bson filter, Bson update, UpdateOptions options) {
        write(collection, new UpdateOneModel<>(filter, update, options));
    }

    /** {@link #write} of a replacement. */
    public static <T> void replaceOne(MongoCollection<T> collection, Bson filter, T replacement,
            ReplaceOptions options) {
        write(collection, new ReplaceOneModel<>(filter, replacement, options));
    }

    /**
     * {@link #write} of {@code document} where its collection holds none with the same {@code _id}: an upsert that
     * sets the fields only when it inserts, so a redelivered first event leaves a document that later events moved on.
     */
    public static <T> void insertIfAbsent(MongoCollection<T> collection, T document) {
        BsonDocument fields = new BsonDocument();
        collection.getCodecRegistry().get(collection.getDocumentClass()).encode(new BsonDocumentWriter(fields),
                document, EncoderContext.builder().build());
        BsonValue id = fields.remove("_id");
        write(collection, new UpdateOneModel<>(new BsonDocument("_id", id), new BsonDocument("$setOnInsert", fields),
                INSERT_IF_ABSENT));
    }

    /** {@link #write} of a removal. */
    public static <T> void deleteOne(MongoCollection<T> collection, Bson filter) {
        write(collection, new DeleteOneModel<>(filter));
    }

    /**
     * What a projection keeps for the current batch under {@code key}: made by {@code start} the first time it is
     * asked for, and sent at the end of the batch, before the writes held. Empty outside a batch, where the
     * projection makes its own and sends it at once.
     */
    public static <S extends Sent> Optional<S> ofBatch(String key, Supplier<S> start) {
        @SuppressWarnings("unchecked") // one key, one kind of state: the projection's own
        Optional<S> state = current().map(batch -> (S) batch.states.computeIfAbsent(key, made -> start.get()));
        return state;
    }

    /**
     * Does {@code work} with the current batch's state under {@code key} ({@link #ofBatch}); outside a batch, with a
     * state of its own, sent as soon as the work is done.
     */
    public static <S extends Sent> void withBatch(String key, Supplier<S> start, Consumer<S> work) {
        Optional<S> held = ofBatch(key, start);
        S state = held.orElseGet(start);
        work.accept(state);
        if (held.isEmpty()) {
            state.send();
        }
    }

    /**
     * The aggregates (cases) of the current batch's events, read from the messages without deserializing them: for a
     * projection that reads its documents of the batch's cases in one round trip, when it reads the first. Empty
     * outside a batch.
     */
    public static Set<String> aggregatesOfBatch() {
        Set<String> aggregates = new LinkedHashSet<>();
        if (CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get() instanceof BatchingUnitOfWork<?> batch) {
            for (Object message : batch.getMessages()) {
                if (message instanceof DomainEventMessage<?> event) {
                    aggregates.add(event.getAggregateIdentifier());
                }
            }
        }
        return aggregates;
    }

    /**
     * The document of {@code id} as {@code read} has it; if it has none, read with those of {@code cases} that it has
     * not either ({@link #aggregatesOfBatch}), in one round trip, each one not found kept as empty.
     */
    public static <T> Optional<T> readTogether(MongoCollection<T> collection, Map<String, Optional<T>> read,
            String id, Set<String> cases, Function<T, String> idOf) {
        if (!read.containsKey(id)) {
            Set<String> unread = new LinkedHashSet<>(List.of(id));
            cases.stream().filter(other -> !read.containsKey(other)).forEach(unread::add);
            unread.forEach(other -> read.put(other, Optional.empty()));
            collection.find(in("_id", unread)).forEach(found -> read.put(idOf.apply(found), Optional.of(found)));
        }
        return read.get(id);
    }

    /** Sends what the current batch holds so far: before a projection reads what earlier events wrote. */
    public static void send() {
        current().ifPresent(BatchedWrites::sendHeld);
    }

    private void sendHeld() {
        states.values().forEach(Sent::send);
        states.clear();
        held.values().forEach(Held::send);
        held.clear();
    }

    private static Optional<BatchedWrites> current() {
        return CurrentUnitOfWork.isStarted()
                ? Optional.ofNullable(CurrentUnitOfWork.get().getResource(RESOURCE))
                : Optional.empty();
    }
}
