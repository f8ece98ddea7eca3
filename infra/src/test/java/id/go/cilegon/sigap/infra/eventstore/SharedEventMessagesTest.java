package id.go.cilegon.sigap.infra.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import id.go.cilegon.sigap.command.shared.api.personaldata.DataSubjectId;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import id.go.cilegon.sigap.infra.axon.SerializerConfiguration;
import id.go.cilegon.sigap.infra.personaldata.MasterKey;
import id.go.cilegon.sigap.infra.personaldata.SubjectKeyStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Processors catching up read the history each through a stream of their own; the engine hands them each event as one
 * message, deserialized once, for a while, and never past an erasure.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SharedEventMessagesTest {

    /** An event with a person in it, as the case events have. */
    record Registered(String caseId, PersonalData<Person> requester) {
    }

    record Person(String name) {
    }

    private final TestStore store = new TestStore();

    @AfterEach
    void close() {
        store.close();
    }

    /** The payloads of the whole history as one stream reads them. */
    private static List<Object> readAll(GapAwareMongoEventStorageEngine engine) {
        return engine.readEvents(null, false).map(TrackedEventMessage::getPayload).map(Object.class::cast).toList();
    }

    private static void sameEvents(List<Object> first, List<Object> second, boolean same) {
        assertThat(second).isEqualTo(first);
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i) == first.get(i)).as("event %d deserialized once", i).isEqualTo(same);
        }
    }

    @Test
    void two_streams_get_each_event_deserialized_once_between_them() {
        GapAwareMongoEventStorageEngine engine = store.engineBuilder().sharedMessages(100).build();
        engine.appendEvents(TestStore.events("a", 0, 3));

        List<Object> first = readAll(engine);
        List<Object> second = readAll(engine);

        sameEvents(first, second, true);
        assertThat(engine.readEvents(null, false).map(event -> event.trackingToken().position().orElseThrow()))
                .as("each stream's own tokens").containsExactly(1L, 2L, 3L);
    }

    @Test
    void a_stream_reading_where_another_just_read_takes_the_documents_from_it_not_from_the_store() {
        List<String> commands = new CopyOnWriteArrayList<>();
        MongoClient client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(store.mongo.connectionString()))
                .addCommandListener(new CommandListener() {
                    @Override
                    public void commandStarted(CommandStartedEvent event) {
                        commands.add(event.getCommandName() + " " + event.getCommand().get(event.getCommandName()));
                    }
                }).build());
        try (client) {
            GapAwareMongoEventStorageEngine engine = store.engineBuilder()
                    .mongoDatabase(client.getDatabase(TestStore.DATABASE)).sharedMessages(100).build();
            engine.appendEvents(TestStore.events("a", 0, 3));
            readAll(engine);
            commands.clear();

            assertThat(readAll(engine)).hasSize(3);

            assertThat(commands).as("the counter only").containsExactly("find BsonString{value='counters'}");
        }
    }

    @Test
    void without_sharing_each_stream_deserializes_each_event_itself() {
        GapAwareMongoEventStorageEngine engine = store.engine();
        engine.appendEvents(TestStore.events("a", 0, 3));

        sameEvents(readAll(engine), readAll(engine), false);
    }

    @Test
    void only_the_events_read_last_are_shared() {
        GapAwareMongoEventStorageEngine engine = store.engineBuilder().sharedMessages(2).build();
        engine.appendEvents(TestStore.events("a", 0, 4));
        List<? extends TrackedEventMessage<?>> read = engine.readEvents(null, false).toList();
        List<Object> first = read.stream().map(TrackedEventMessage::getPayload).map(Object.class::cast).toList();
        TrackingToken afterTheFirstTwo = read.get(1).trackingToken();

        List<Object> lastTwo = engine.readEvents(afterTheFirstTwo, false).map(TrackedEventMessage::getPayload)
                .map(Object.class::cast).toList();
        Object firstAgain = engine.readEvents(null, false).findFirst().orElseThrow().getPayload();

        assertThat(lastTwo.get(0)).isSameAs(first.get(2));
        assertThat(lastTwo.get(1)).isSameAs(first.get(3));
        assertThat(firstAgain).as("made way for the events read after it").isNotSameAs(first.get(0))
                .isEqualTo(first.get(0));
    }

    @Test
    void an_event_is_shared_for_a_minute_at_most() {
        TestStore.MutableClock clock = new TestStore.MutableClock(Instant.parse("2026-11-24T03:00:00Z"));
        GapAwareMongoEventStorageEngine engine = store.engineBuilder().clock(clock).sharedMessages(100).build();
        engine.appendEvents(TestStore.events("a", 0, 2));
        List<Object> first = readAll(engine);

        clock.advance(Duration.ofSeconds(59));
        sameEvents(first, readAll(engine), true);
        clock.advance(Duration.ofSeconds(2));
        sameEvents(first, readAll(engine), false);
    }

    @Test
    void after_an_erasure_on_this_node_no_stream_gets_the_person_as_read_before() {
        SubjectKeyStore keys = new SubjectKeyStore(store.database(), MasterKey.generate(), Clock.systemUTC());
        GapAwareMongoEventStorageEngine engine = store.engineBuilder()
                .eventSerializer(SerializerConfiguration.jacksonSerializer(keys, new AnnotationRevisionResolver()))
                .sharedMessages(100).build();
        keys.onForget(engine::forgetSharedMessages);
        DataSubjectId subject = DataSubjectId.newId();
        engine.appendEvents(new GenericDomainEventMessage<>(TestStore.AGGREGATE_TYPE, "r-1", 0,
                new Registered("r-1", PersonalData.of(subject, new Person("Siti Nurhaliza")))));
        assertThat(((Registered) readAll(engine).get(0)).requester().get()).isPresent();

        keys.forget(subject);

        assertThat(((Registered) readAll(engine).get(0)).requester().isErased()).isTrue();
    }
}
