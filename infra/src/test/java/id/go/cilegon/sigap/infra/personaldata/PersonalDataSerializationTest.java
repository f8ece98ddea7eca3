package id.go.cilegon.sigap.infra.personaldata;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import id.go.cilegon.sigap.command.shared.api.personaldata.DataSubjectId;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import id.go.cilegon.sigap.infra.axon.SerializerConfiguration;
import id.go.cilegon.sigap.infra.personaldata.SampleRequestRegistered.Applicant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An event holding personal data goes through Axon's {@link JacksonSerializer} as Sigap configures it, into a
 * MongoDB document and back — the way the event store will carry it.
 */
class PersonalDataSerializationTest {

    private static final String NAME = "Siti Nurhaliza Rahmawati";
    private static final String NIK = "3672014512880003";
    private static final String ADDRESS = "Jl. Ki Sarmin No. 17, Kebondalem, Purwakarta";
    private static final String PHONE = "081298765432";
    private static final String EMAIL = "siti.rahmawati@example.id";
    private static final List<String> PLAINTEXT = List.of(NAME, NIK, ADDRESS, PHONE, EMAIL);

    private final DataSubjectId subject = DataSubjectId.newId();
    private final SampleRequestRegistered event = new SampleRequestRegistered(
            "PPID-2026-0042",
            Instant.parse("2026-03-16T02:15:30Z"),
            PersonalData.of(subject, new Applicant(NAME, NIK, ADDRESS, PHONE, EMAIL, "Guru")),
            "Realisasi APBD 2025 per OPD",
            LocalDate.parse("2026-03-30"));

    private InMemoryMongo mongo;
    private MongoCollection<Document> events;
    private SubjectKeyStore keys;
    private JacksonSerializer serializer;

    @BeforeEach
    void start() {
        mongo = new InMemoryMongo();
        events = mongo.database().getCollection("events");
        keys = new SubjectKeyStore(mongo.database(), MasterKey.generate(), Clock.systemUTC());
        serializer = SerializerConfiguration.jacksonSerializer(keys, new AnnotationRevisionResolver());
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void no_personal_data_is_stored_in_plain_text() {
        store(1, event, serializer);

        String stored = rawBson(1);
        assertThat(stored).contains(subject.value(), "PPID-2026-0042", "sealed");
        for (String plaintext : PLAINTEXT) {
            assertThat(stored).doesNotContain(plaintext);
        }
    }

    @Test
    void the_plain_text_check_would_see_personal_data_stored_without_the_module() {
        ObjectMapper unprotected = new ObjectMapper().registerModule(new JavaTimeModule());
        store(2, event, JacksonSerializer.builder().objectMapper(unprotected).build());

        assertThat(rawBson(2)).contains(PLAINTEXT);
    }

    @Test
    void a_stored_event_reads_back_equal() {
        store(1, event, serializer);

        assertThat(load(1, serializer)).isEqualTo(event);
    }

    @Test
    void after_the_subject_is_forgotten_the_event_loads_with_the_personal_data_erased() {
        store(1, event, serializer);

        keys.forget(subject);

        SampleRequestRegistered loaded = load(1, serializer);
        assertThat(loaded.requester().isErased()).isTrue();
        assertThat(loaded.requester().subject()).isEqualTo(subject);
        assertThat(loaded).usingRecursiveComparison().ignoringFields("requester").isEqualTo(event);
    }

    @Test
    void an_erased_value_is_stored_as_a_null_seal_and_reads_back_erased() {
        SampleRequestRegistered erased = new SampleRequestRegistered(event.requestId(), event.receivedAt(),
                PersonalData.erased(subject), event.informationRequested(), event.noticeDue());

        store(1, erased, serializer);

        assertThat(events.find(eq("_id", 1)).first().getString("payload"))
                .contains("{\"subject\":\"" + subject.value() + "\",\"sealed\":null}");
        assertThat(load(1, serializer)).isEqualTo(erased);
    }

    @Test
    void an_event_stored_before_a_field_was_removed_still_loads() {
        store(1, event, serializer);
        events.updateOne(eq("_id", 1), Updates.set("payload",
                events.find(eq("_id", 1)).first().getString("payload").replaceFirst("\\{", "{\"withdrawnField\":7,")));

        assertThat(load(1, serializer)).isEqualTo(event);
    }

    @Test
    void a_tampered_ciphertext_fails_authentication() {
        store(1, event, serializer);
        replaceSealed(1, sealed -> {
            byte[] bytes = Base64.getDecoder().decode(sealed);
            bytes[bytes.length / 2] ^= 0x01;
            return Base64.getEncoder().encodeToString(bytes);
        });

        assertThatThrownBy(() -> load(1, serializer))
                .isInstanceOf(SerializationException.class)
                .satisfies(e -> assertThat(causes(e)).anyMatch(PersonalDataCryptoException.class::isInstance));
    }

    @Test
    void a_seal_moved_to_another_subject_fails_authentication() {
        DataSubjectId other = DataSubjectId.newId();
        keys.keyFor(other);
        store(1, event, serializer);
        events.updateOne(eq("_id", 1), Updates.set("payload",
                events.find(eq("_id", 1)).first().getString("payload").replace(subject.value(), other.value())));

        assertThatThrownBy(() -> load(1, serializer))
                .satisfies(e -> assertThat(causes(e)).anyMatch(PersonalDataCryptoException.class::isInstance));
    }

    @Test
    void a_node_with_another_master_key_refuses_to_read_rather_than_reporting_an_erasure() {
        store(1, event, serializer);
        SubjectKeyStore misconfigured = new SubjectKeyStore(mongo.database(), MasterKey.generate(), Clock.systemUTC());
        Serializer misconfiguredSerializer =
                SerializerConfiguration.jacksonSerializer(misconfigured, new AnnotationRevisionResolver());

        assertThatThrownBy(() -> load(1, misconfiguredSerializer))
                .satisfies(e -> assertThat(causes(e)).anyMatch(cause ->
                        cause instanceof PersonalDataCryptoException && cause.getMessage().contains("master key")));
    }

    private void store(int id, Object payload, Serializer with) {
        SerializedObject<String> serialized = with.serialize(payload, String.class);
        events.insertOne(new Document("_id", id)
                .append("payloadType", serialized.getType().getName())
                .append("payloadRevision", serialized.getType().getRevision())
                .append("payload", serialized.getData())
                .append("payloadDocument", Document.parse(serialized.getData())));
    }

    private SampleRequestRegistered load(int id, Serializer with) {
        Document stored = events.find(eq("_id", id)).first();
        return with.deserialize(new SimpleSerializedObject<>(stored.getString("payload"), String.class,
                new SimpleSerializedType(stored.getString("payloadType"), stored.getString("payloadRevision"))));
    }

    /** The stored document exactly as MongoDB returns it, as text: every string in BSON is UTF-8. */
    private String rawBson(int id) {
        RawBsonDocument raw = mongo.database().getCollection("events", RawBsonDocument.class)
                .find(eq("_id", id)).first();
        byte[] bytes = new byte[raw.getByteBuffer().remaining()];
        raw.getByteBuffer().get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private void replaceSealed(int id, UnaryOperator<String> change) {
        try {
            ObjectMapper json = new ObjectMapper();
            ObjectNode payload = (ObjectNode) json.readTree(events.find(eq("_id", id)).first().getString("payload"));
            ObjectNode requester = (ObjectNode) payload.get("requester");
            requester.put("sealed", change.apply(requester.get("sealed").textValue()));
            events.updateOne(eq("_id", id), Updates.set("payload", json.writeValueAsString(payload)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Throwable> causes(Throwable thrown) {
        return Stream.iterate(thrown, t -> t != null, Throwable::getCause);
    }
}
