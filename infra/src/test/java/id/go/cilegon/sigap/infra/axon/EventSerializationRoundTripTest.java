package id.go.cilegon.sigap.infra.axon;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import id.go.cilegon.sigap.command.informationrequest.api.DeliveryMethod;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRegistered;
import id.go.cilegon.sigap.command.informationrequest.api.ObtainMethod;
import id.go.cilegon.sigap.command.informationrequest.api.RegistrationNumber;
import id.go.cilegon.sigap.command.informationrequest.api.Requester;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.DomainEvent;
import id.go.cilegon.sigap.command.shared.api.personaldata.DataSubjectId;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.infra.personaldata.MasterKey;
import id.go.cilegon.sigap.infra.personaldata.SubjectKeyStore;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * Every event type Sigap stores survives the trip through Axon's event serializer, personal data included.
 * A new event type without a sample here fails {@link #every_event_type_has_a_sample}: stored events are
 * forever, so each type must be proven readable before it ships.
 */
class EventSerializationRoundTripTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-16T03:00:00Z");
    private static final WorkingDayCalendar CALENDAR =
            WorkingDayCalendar.standard(ZoneId.of("Asia/Jakarta"), LocalTime.of(16, 0));

    private static MongoServer server;
    private static MongoClient client;
    private static JacksonSerializer serializer;

    /** One realistic instance of every event type. */
    static final Map<Class<? extends DomainEvent>, DomainEvent> SAMPLES = Map.of(
            InformationRequestRegistered.class, new InformationRequestRegistered(
                    InformationRequestId.of("2b0f3c1e-0000-4000-8000-000000000001"),
                    RegistrationNumber.of(2026, 123),
                    Channel.WEB,
                    RECEIVED,
                    PersonalData.of(DataSubjectId.of("subject-1"), new Requester("Rina Marlina",
                            Requester.IdentityKind.NIK, "3672014101900005", "Jl. Merdeka 1, Cilegon",
                            "081234567890", "rina@example.org", "Guru")),
                    "Daftar penerima beasiswa daerah 2026",
                    "Penelitian",
                    ObtainMethod.SALINAN_SOFTCOPY,
                    DeliveryMethod.EMAIL,
                    "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                    CALENDAR.workingDaysAfter(RECEIVED, 10)));

    @BeforeAll
    static void startStore() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
        SubjectKeyStore keys = new SubjectKeyStore(client.getDatabase("round-trip"),
                MasterKey.fromBase64("c2lnYXAtdGVzdC1tYXN0ZXIta2V5LTMyLWJ5dGVzISE="), Clock.systemUTC());
        serializer = SerializerConfiguration.jacksonSerializer(keys,
                new org.axonframework.serialization.AnnotationRevisionResolver());
    }

    @AfterAll
    static void stopStore() {
        client.close();
        server.shutdownNow();
    }

    static Stream<DomainEvent> samples() {
        return SAMPLES.values().stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void an_event_reads_back_equal_to_what_was_written(DomainEvent event) {
        SerializedObject<String> stored = serializer.serialize(event, String.class);

        Object read = serializer.deserialize(stored);

        assertThat(read).isEqualTo(event);
    }

    @Test
    void every_event_type_has_a_sample() {
        assertThat(eventTypes()).containsExactlyInAnyOrderElementsOf(SAMPLES.keySet());
    }

    private static List<Class<?>> eventTypes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(DomainEvent.class));
        Set<BeanDefinition> found = scanner.findCandidateComponents("id.go.cilegon.sigap.command");
        return found.stream().map(definition -> {
            try {
                return (Class<?>) Class.forName(definition.getBeanClassName());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }).collect(Collectors.toList());
    }
}
