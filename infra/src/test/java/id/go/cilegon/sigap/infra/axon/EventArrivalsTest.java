package id.go.cilegon.sigap.infra.axon;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import id.go.cilegon.sigap.infra.eventstore.GapAwareMongoEventStorageEngine;
import id.go.cilegon.sigap.infra.mongo.EmbeddedMongo;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EventArrivalsTest {

    private final EmbeddedMongo mongo = EmbeddedMongo.inMemory();
    private final MongoClient client = MongoClients.create(mongo.connectionString());
    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(GapAwareMongoEventStorageEngine.builder()
                    .mongoDatabase(client, "sigap")
                    .eventSerializer(JacksonSerializer.defaultSerializer())
                    .build())
            .build();
    private final EventArrivals arrivals = new EventArrivals(
            new StaticListableBeanFactory(Map.of("eventStore", store)).getBeanProvider(EventStore.class));

    @AfterEach
    void close() {
        arrivals.stop();
        store.shutDown();
        client.close();
        mongo.close();
    }

    @Test
    void an_open_stream_is_called_back_when_events_arrive_and_forgotten_once_closed() throws Exception {
        Semaphore calls = new Semaphore(0);
        BlockingStream<TrackedEventMessage<?>> stream = arrivals.openStream(arrivals.createTailToken());
        assertThat(stream.setOnAvailableCallback(calls::release)).as("callback supported").isTrue();
        arrivals.start();

        store.publish(new GenericDomainEventMessage<>("Thing", "thing-1", 0, new Arrived("thing-1")));

        assertThat(calls.tryAcquire(30, TimeUnit.SECONDS)).as("called back after the event").isTrue();
        assertThat(stream.hasNextAvailable(5, TimeUnit.SECONDS)).isTrue();
        assertThat(stream.nextAvailable().getPayload()).isEqualTo(new Arrived("thing-1"));

        stream.close();
        assertThat(arrivals.callbacks()).as("streams still called back after closing").isZero();
    }

    /** A payload. */
    record Arrived(String thing) {
    }
}
