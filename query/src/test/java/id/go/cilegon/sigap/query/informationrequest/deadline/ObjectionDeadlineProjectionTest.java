package id.go.cilegon.sigap.query.informationrequest.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionAnswerDeadlineMissed;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionAnswered;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionFiled;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionGround;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionNumber;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionOutcome;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.calendar.Deadline;
import id.go.cilegon.sigap.query.informationrequest.deadline.api.ListOverdueObjections;
import id.go.cilegon.sigap.query.informationrequest.deadline.api.OpenObjection;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Against mongo-java-server through the real driver, as in production. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ObjectionDeadlineProjectionTest {

    private static final LocalDate DUE = LocalDate.of(2026, 5, 19);

    private MongoServer server;
    private MongoClient client;
    private ObjectionDeadlineProjection projection;
    private ObjectionDeadlineQueries queries;

    @BeforeEach
    void startStore() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        MongoDatabase database = client.getDatabase("objection-deadline-test");
        projection = new ObjectionDeadlineProjection(database);
        queries = new ObjectionDeadlineQueries(database);
    }

    @AfterEach
    void stopStore() {
        client.close();
        server.shutdownNow();
    }

    private static ObjectionFiled filed(String requestId, long number, LocalDate due) {
        Instant received = Instant.parse("2026-04-06T02:00:00Z");
        Deadline answer = new Deadline(received, LocalDateTime.of(2026, 4, 6, 9, 0), Deadline.ReceiptShift.NONE,
                LocalDate.of(2026, 4, 6), 30, due, List.of(), List.of(), List.of());
        return new ObjectionFiled(InformationRequestId.of(requestId), ObjectionNumber.of(2026, number),
                ObjectionGround.C_TIDAK_DITANGGAPI, "Tidak ditanggapi", null, Channel.DATANG_LANGSUNG,
                new OfficerId("petugas"), received, LocalDate.of(2026, 3, 31), answer);
    }

    private static ObjectionAnswered answered(String requestId, long number) {
        return new ObjectionAnswered(InformationRequestId.of(requestId), ObjectionNumber.of(2026, number),
                ObjectionOutcome.UPHELD, null, new OfficerId("atasan"), Instant.parse("2026-05-04T03:00:00Z"),
                false, null);
    }

    private static ObjectionAnswerDeadlineMissed missed(String requestId, long number) {
        return new ObjectionAnswerDeadlineMissed(InformationRequestId.of(requestId), ObjectionNumber.of(2026, number),
                DUE, null, Instant.parse("2026-05-20T01:00:00Z"));
    }

    private List<OpenObjection> overdueOn(LocalDate today) {
        return queries.handle(new ListOverdueObjections(today));
    }

    @Test
    void a_keberatan_is_overdue_from_the_day_after_its_answer_due_date() {
        projection.on(filed("a", 1, DUE));

        assertThat(overdueOn(DUE)).isEmpty();
        assertThat(overdueOn(DUE.plusDays(1))).containsExactly(
                new OpenObjection("a", "KEBERATAN/2026/000001", DUE, false));
    }

    @Test
    void an_answered_keberatan_is_no_longer_watched() {
        projection.on(filed("a", 1, DUE));
        projection.on(answered("a", 1));

        assertThat(overdueOn(DUE.plusDays(30))).isEmpty();
    }

    @Test
    void a_breach_on_record_is_not_listed_again() {
        projection.on(filed("a", 1, DUE));
        projection.on(missed("a", 1));

        assertThat(overdueOn(DUE.plusDays(30))).isEmpty();
    }

    @Test
    void the_oldest_due_date_comes_first() {
        projection.on(filed("later", 2, DUE.plusDays(7)));
        projection.on(filed("earlier", 1, DUE));

        assertThat(overdueOn(DUE.plusDays(30))).extracting(OpenObjection::requestId)
                .containsExactly("earlier", "later");
    }

    @Test
    void events_about_an_earlier_keberatan_do_not_touch_the_next_one() {
        projection.on(filed("a", 1, DUE));
        projection.on(answered("a", 1));
        projection.on(filed("a", 2, DUE.plusDays(40)));

        projection.on(answered("a", 1));
        projection.on(missed("a", 1));

        assertThat(overdueOn(DUE.plusDays(41))).containsExactly(
                new OpenObjection("a", "KEBERATAN/2026/000002", DUE.plusDays(40), false));
    }

    @Test
    void the_same_event_twice_leaves_one_identical_entry() {
        ObjectionFiled event = filed("a", 1, DUE);
        projection.on(event);
        List<OpenObjection> once = overdueOn(DUE.plusDays(1));

        projection.on(event);

        assertThat(overdueOn(DUE.plusDays(1))).isEqualTo(once).hasSize(1);
        projection.on(missed("a", 1));
        projection.on(missed("a", 1));
        assertThat(overdueOn(DUE.plusDays(1))).isEmpty();
    }
}
