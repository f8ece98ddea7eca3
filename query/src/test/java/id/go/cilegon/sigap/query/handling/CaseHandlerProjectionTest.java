package id.go.cilegon.sigap.query.handling;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import id.go.cilegon.sigap.command.complaint.api.ComplaintAssigned;
import id.go.cilegon.sigap.command.complaint.api.ComplaintId;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestAssigned;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestEscalated;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.query.handling.api.CaseHandler;
import id.go.cilegon.sigap.query.handling.api.FindCaseHandler;
import id.go.cilegon.sigap.query.handling.api.ListCaseHandlers;
import id.go.cilegon.sigap.query.shared.Listings;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Who handles each case, through the real driver against the embedded store. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CaseHandlerProjectionTest {

    private static final InformationRequestId REQUEST = InformationRequestId.of("req-1");
    private static final ComplaintId COMPLAINT = ComplaintId.of("c-1");
    private static final OfficerId DEWI = OfficerId.of("dewi");
    private static final OfficerId SUPERVISOR = OfficerId.of("supervisor");
    private static final Instant MONDAY = Instant.parse("2026-11-23T02:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-11-24T02:00:00Z");

    private MongoServer server;
    private MongoClient client;
    private CaseHandlerProjection projection;
    private CaseHandlerQueries queries;

    @BeforeEach
    void startStore() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        MongoDatabase database = client.getDatabase("case-handler-test");
        projection = new CaseHandlerProjection(database);
        queries = new CaseHandlerQueries(database);
    }

    @AfterEach
    void stopStore() {
        client.close();
        server.shutdownNow();
    }

    private Optional<CaseHandler> of(String caseId) {
        return queries.handle(new FindCaseHandler(caseId));
    }

    @Test
    void an_assignment_names_the_handler_and_an_escalation_marks_the_case_until_the_next_assignment() {
        projection.on(new InformationRequestAssigned(REQUEST, DEWI, "Prioritaskan", SUPERVISOR, MONDAY), 2);
        assertThat(of("req-1")).contains(new CaseHandler("req-1", "dewi", "Prioritaskan", "supervisor", MONDAY,
                null, null, null));

        projection.on(new InformationRequestEscalated(REQUEST, "Data di tiga OPD", DEWI, TUESDAY), 3);
        assertThat(of("req-1")).get().satisfies(handler -> {
            assertThat(handler.escalated()).isTrue();
            assertThat(handler.handler()).isEqualTo("dewi");
            assertThat(handler.escalationReason()).isEqualTo("Data di tiga OPD");
        });

        projection.on(new InformationRequestAssigned(REQUEST, DEWI, "Minta data ke BAPPEDA", OfficerId.of("atasan"),
                TUESDAY), 4);
        assertThat(of("req-1")).get().satisfies(handler -> {
            assertThat(handler.escalated()).isFalse();
            assertThat(handler.note()).isEqualTo("Minta data ke BAPPEDA");
        });
    }

    @Test
    void the_same_event_twice_and_an_older_one_late_change_nothing() {
        InformationRequestAssigned first = new InformationRequestAssigned(REQUEST, DEWI, null, SUPERVISOR, MONDAY);
        InformationRequestEscalated later = new InformationRequestEscalated(REQUEST, "Data di tiga OPD", DEWI,
                TUESDAY);
        projection.on(first, 2);
        projection.on(later, 3);
        CaseHandler once = of("req-1").orElseThrow();

        projection.on(later, 3);
        projection.on(first, 2);

        assertThat(of("req-1")).contains(once);
        assertThat(queries.handle(new ListCaseHandlers(Set.of("req-1", "c-1")))).hasSize(1);
    }

    @Test
    void requests_and_complaints_share_the_list_and_a_case_without_one_has_none() {
        projection.on(new InformationRequestAssigned(REQUEST, DEWI, null, SUPERVISOR, MONDAY), 2);
        projection.on(new ComplaintAssigned(COMPLAINT, OfficerId.of("petugas"), null, SUPERVISOR, MONDAY), 5);

        assertThat(queries.handle(new ListCaseHandlers(Set.of("req-1", "c-1", "req-9"))))
                .extracting(CaseHandler::caseId, CaseHandler::handler)
                .containsExactlyInAnyOrder(Tuple.tuple("req-1", "dewi"), Tuple.tuple("c-1", "petugas"));
        assertThat(queries.handle(new ListCaseHandlers(Set.of("c-1")))).extracting(CaseHandler::caseId)
                .containsExactly("c-1");
        assertThat(of("req-9")).isEmpty();
    }

    @Test
    void a_list_longer_than_one_question_to_the_store_finds_every_handler_once() {
        Set<String> asked = new HashSet<>();
        for (int number = 1; number <= 2 * Listings.BATCH + 1; number++) {
            projection.on(new InformationRequestAssigned(InformationRequestId.of("req-" + number), DEWI, null,
                    SUPERVISOR, MONDAY), 2);
            asked.add("req-" + number);
            asked.add("closed-" + number);
        }

        assertThat(queries.handle(new ListCaseHandlers(asked))).extracting(CaseHandler::caseId)
                .hasSize(2 * Listings.BATCH + 1).doesNotHaveDuplicates().allMatch(id -> id.startsWith("req-"));
    }
}
