package id.go.cilegon.sigap.infra.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.infra.mongo.EmbeddedMongo;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * mongo-java-server in memory, reached through the real driver over TCP, with engines built on it. Every engine gets
 * a MongoClient of its own, like a separate application node.
 */
final class TestStore implements AutoCloseable {

    static final String DATABASE = "sigap";
    static final String AGGREGATE_TYPE = "Thing";

    final EmbeddedMongo mongo;
    final JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
    private final List<MongoClient> clients = new ArrayList<>();

    TestStore() {
        this(EmbeddedMongo.inMemory());
    }

    TestStore(EmbeddedMongo mongo) {
        this.mongo = mongo;
    }

    MongoClient newClient() {
        MongoClient client = MongoClients.create(mongo.connectionString() + "/?uuidRepresentation=standard");
        clients.add(client);
        return client;
    }

    MongoDatabase database() {
        return newClient().getDatabase(DATABASE);
    }

    GapAwareMongoEventStorageEngine.Builder engineBuilder() {
        return GapAwareMongoEventStorageEngine.builder()
                .mongoDatabase(database())
                .eventSerializer(serializer)
                .writeDurability(mongo.durability());
    }

    GapAwareMongoEventStorageEngine engine() {
        return engineBuilder().build();
    }

    GapAwareMongoEventStorageEngine engine(Clock clock, Duration gapTimeout, int batchSize) {
        return engineBuilder().clock(clock).gapTimeout(gapTimeout).batchSize(batchSize).build();
    }

    static DomainEventMessage<Happened> event(String aggregateId, long sequenceNumber) {
        return new GenericDomainEventMessage<>(AGGREGATE_TYPE, aggregateId, sequenceNumber,
                                               new Happened(aggregateId, sequenceNumber, "note " + sequenceNumber));
    }

    static List<DomainEventMessage<?>> events(String aggregateId, long firstSequenceNumber, int count) {
        List<DomainEventMessage<?>> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            events.add(event(aggregateId, firstSequenceNumber + i));
        }
        return events;
    }

    @Override
    public void close() {
        clients.forEach(MongoClient::close);
        mongo.close();
    }

    /** A test payload. */
    record Happened(String aggregateId, long sequenceNumber, String note) {
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {

        private final AtomicLong millis;

        MutableClock(Instant start) {
            this.millis = new AtomicLong(start.toEpochMilli());
        }

        void advance(Duration duration) {
            millis.addAndGet(duration.toMillis());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public long millis() {
            return millis.get();
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis.get());
        }
    }
}
