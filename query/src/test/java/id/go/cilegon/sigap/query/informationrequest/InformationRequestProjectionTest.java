package id.go.cilegon.sigap.query.informationrequest;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import id.go.cilegon.sigap.command.informationrequest.api.ClarificationRequested;
import id.go.cilegon.sigap.command.informationrequest.api.DeliveryMethod;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestClosed;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestWithdrawn;
import id.go.cilegon.sigap.command.informationrequest.api.NoticeDeadlineExtended;
import id.go.cilegon.sigap.command.informationrequest.api.NoticeDeadlineMissed;
import id.go.cilegon.sigap.command.informationrequest.api.NoticeDecision;
import id.go.cilegon.sigap.command.informationrequest.api.WrittenNotice;
import id.go.cilegon.sigap.command.informationrequest.api.WrittenNoticeSent;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestForwarded;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRegistered;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestStatus;
import id.go.cilegon.sigap.command.informationrequest.api.ObtainMethod;
import id.go.cilegon.sigap.command.informationrequest.api.RegistrationNumber;
import id.go.cilegon.sigap.command.informationrequest.api.Requester;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.calendar.Deadline;
import id.go.cilegon.sigap.command.shared.api.calendar.SkippedDay;
import id.go.cilegon.sigap.command.shared.api.personaldata.DataSubjectId;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import id.go.cilegon.sigap.query.informationrequest.api.FindRequestStatus;
import id.go.cilegon.sigap.query.informationrequest.api.ListOpenRequests;
import id.go.cilegon.sigap.query.informationrequest.api.OpenRequest;
import id.go.cilegon.sigap.query.informationrequest.api.RequestQueue;
import id.go.cilegon.sigap.query.informationrequest.api.RequestStatus;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Against mongo-java-server through the real driver, as in production. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class InformationRequestProjectionTest {

    private MongoServer server;
    private MongoClient client;
    private MongoDatabase database;
    private InformationRequestProjection projection;
    private InformationRequestQueries queries;

    @BeforeEach
    void startStore() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        database = client.getDatabase("projection-test");
        projection = new InformationRequestProjection(database);
        queries = new InformationRequestQueries(database);
    }

    @AfterEach
    void stopStore() {
        client.close();
        server.shutdownNow();
    }

    private static InformationRequestRegistered registered(String id, long number, LocalDate due, String name) {
        Instant received = Instant.parse("2026-03-16T03:00:00Z");
        PersonalData<Requester> requester = name == null
                ? PersonalData.erased(DataSubjectId.of("subject-" + id))
                : PersonalData.of(DataSubjectId.of("subject-" + id), new Requester(name,
                        Requester.IdentityKind.NIK, "3672014101900005", "Jl. Merdeka 1", "0812", null, "Guru"));
        Deadline deadline = new Deadline(received, LocalDateTime.of(2026, 3, 16, 10, 0), Deadline.ReceiptShift.NONE,
                LocalDate.of(2026, 3, 16), 10, due,
                List.of(new SkippedDay(LocalDate.of(2026, 3, 19), SkippedDay.Kind.LIBUR_NASIONAL, "Nyepi")),
                List.of(2027), List.of(new Deadline.Extension(LocalDate.of(2026, 3, 30), 7)));
        return new InformationRequestRegistered(InformationRequestId.of(id), RegistrationNumber.of(2026, number),
                Channel.WEB, received, requester, "Informasi " + id, "Tujuan", ObtainMethod.SALINAN_SOFTCOPY,
                DeliveryMethod.EMAIL, "hash-" + id, deadline, null);
    }

    @Test
    void a_registered_request_is_found_by_its_tracking_code_hash_with_its_deadline() {
        InformationRequestRegistered event = registered("a", 1, LocalDate.of(2026, 4, 7), "Rina");

        projection.on(event);

        RequestStatus status = queries.handle(new FindRequestStatus("hash-a")).orElseThrow();
        assertThat(status.registrationNumber()).isEqualTo("PPID/2026/000001");
        assertThat(status.status()).isEqualTo(InformationRequestStatus.DITERIMA);
        assertThat(status.noticeDeadline()).isEqualTo(event.noticeDeadline());
        assertThat(queries.handle(new FindRequestStatus("hash-unknown"))).isEmpty();
    }

    @Test
    void the_queue_lists_open_requests_most_urgent_first() {
        projection.on(registered("late", 1, LocalDate.of(2026, 4, 20), "Budi"));
        projection.on(registered("soon", 2, LocalDate.of(2026, 4, 7), "Rina"));

        assertThat(queries.handle(ListOpenRequests.everything()).requests()).extracting(OpenRequest::requestId)
                .containsExactly("soon", "late");
        assertThat(queries.handle(ListOpenRequests.everything()).requests()).extracting(OpenRequest::requesterName)
                .containsExactly("Rina", "Budi");
    }

    @Test
    void the_whole_queue_comes_in_the_order_the_store_gives_its_pages_ties_by_number() {
        projection.on(registered("x", 5, LocalDate.of(2026, 4, 20), "Pemohon x"));
        projection.on(registered("y", 12, LocalDate.of(2026, 4, 20), "Pemohon y"));
        projection.on(registered("z", 9, LocalDate.of(2026, 4, 17), "Pemohon z"));
        projection.on(registered("w", 2, LocalDate.of(2026, 4, 20), "Pemohon w"));

        List<String> pages = new ArrayList<>();
        for (int offset = 0; offset < 4; offset += 2) {
            queries.handle(new ListOpenRequests(null, null, null, null, offset, 2)).requests()
                    .forEach(request -> pages.add(request.requestId()));
        }

        assertThat(pages).containsExactly("z", "w", "x", "y");
        assertThat(queries.handle(ListOpenRequests.everything()).requests()).extracting(OpenRequest::requestId)
                .isEqualTo(pages);
    }

    @Test
    void the_queue_is_read_a_page_at_a_time_with_the_whole_count_and_the_filters_applied_by_the_store() {
        for (int number = 1; number <= 7; number++) {
            projection.on(registered("r" + number, number, LocalDate.of(2026, 4, 20 - number), "Pemohon " + number));
        }
        projection.on(new InformationRequestForwarded(InformationRequestId.of("r2"), UnitId.of("SETDA"), "Mohon",
                OfficerId.of("petugas"), Instant.parse("2026-03-17T03:00:00Z")));
        projection.on(new InformationRequestForwarded(InformationRequestId.of("r5"), UnitId.of("SETDA"), "Mohon",
                OfficerId.of("petugas"), Instant.parse("2026-03-17T03:00:00Z")));

        RequestQueue first = queries.handle(new ListOpenRequests(null, null, null, null, 0, 3));
        RequestQueue last = queries.handle(new ListOpenRequests(null, null, null, null, 6, 3));
        RequestQueue setda = queries.handle(new ListOpenRequests(null, "SETDA", null, null, 0, 3));
        RequestQueue dueBy = queries.handle(new ListOpenRequests(null, null, null, LocalDate.of(2026, 4, 15), 0, 3));

        assertThat(first.requests()).extracting(OpenRequest::requestId).containsExactly("r7", "r6", "r5");
        assertThat(first.total()).isEqualTo(7);
        assertThat(last.requests()).extracting(OpenRequest::requestId).containsExactly("r1");
        assertThat(last.total()).isEqualTo(7);
        assertThat(setda.requests()).extracting(OpenRequest::requestId).containsExactly("r5", "r2");
        assertThat(setda.total()).isEqualTo(2);
        assertThat(dueBy.requests()).extracting(OpenRequest::requestId).containsExactly("r7", "r6", "r5");
        assertThat(dueBy.total()).as("due on or before 15 April: r5, r6, r7").isEqualTo(3);
        assertThat(queries.handle(new ListOpenRequests("PPID/2026/000004", null, null, null, 0, 3)).requests())
                .extracting(OpenRequest::requestId).containsExactly("r4");
    }

    @Test
    void the_same_event_twice_leaves_one_identical_entry() {
        InformationRequestRegistered event = registered("a", 1, LocalDate.of(2026, 4, 7), "Rina");
        projection.on(event);
        List<OpenRequest> once = queries.handle(ListOpenRequests.everything()).requests();
        RequestStatus statusOnce = queries.handle(new FindRequestStatus("hash-a")).orElseThrow();

        projection.on(event);

        assertThat(queries.handle(ListOpenRequests.everything()).requests()).isEqualTo(once).hasSize(1);
        assertThat(queries.handle(new FindRequestStatus("hash-a"))).contains(statusOnce);
    }

    @Test
    void a_forwarded_request_carries_its_unit_in_the_queue() {
        projection.on(registered("a", 1, LocalDate.of(2026, 4, 7), "Rina"));
        InformationRequestForwarded forwarded = new InformationRequestForwarded(InformationRequestId.of("a"),
                UnitId.of("SETDA"), "Mohon data", OfficerId.of("petugas"), Instant.parse("2026-03-17T03:00:00Z"));

        projection.on(forwarded);
        projection.on(forwarded);

        assertThat(queries.handle(ListOpenRequests.everything()).requests()).singleElement().satisfies(open -> {
            assertThat(open.unit()).isEqualTo("SETDA");
            assertThat(open.status()).isEqualTo(InformationRequestStatus.DIPROSES);
        });
    }

    @Test
    void an_erased_requester_shows_no_name() {
        projection.on(registered("gone", 1, LocalDate.of(2026, 4, 7), null));

        assertThat(queries.handle(ListOpenRequests.everything()).requests()).singleElement()
                .extracting(OpenRequest::requesterName).isNull();
    }

    private static final InformationRequestId A = InformationRequestId.of("a");
    private static final Instant LATER = Instant.parse("2026-03-25T03:00:00Z");
    private static final OfficerId PETUGAS = OfficerId.of("petugas");

    private static Deadline dueOn(LocalDate due) {
        return new Deadline(LATER, LocalDateTime.of(2026, 3, 25, 10, 0), Deadline.ReceiptShift.NONE,
                LocalDate.of(2026, 3, 16), 17, due, List.of(), List.of(), List.of());
    }

    private static WrittenNoticeSent partialGrant() {
        return new WrittenNoticeSent(A, new WrittenNotice(true, null, NoticeDecision.DIKABULKAN_SEBAGIAN,
                List.of(), null, "Daftar penerima", List.of(), ObtainMethod.SALINAN_SOFTCOPY, "PDF",
                DeliveryMethod.EMAIL, null, "v1"), PETUGAS, LATER, LocalDate.of(2026, 4, 7), false);
    }

    private InformationRequestStatus statusOfA() {
        return queries.handle(new FindRequestStatus("hash-a")).orElseThrow().status();
    }

    @Test
    void the_status_follows_the_lifecycle_and_an_extension_moves_the_due_date() {
        projection.on(registered("a", 1, LocalDate.of(2026, 4, 7), "Rina"));

        projection.on(new ClarificationRequested(A, "Lengkapi rincian", PETUGAS, LATER));
        assertThat(statusOfA()).isEqualTo(InformationRequestStatus.MENUNGGU_KELENGKAPAN);

        projection.on(new NoticeDeadlineExtended(A, "Dokumen di arsip", PETUGAS, LATER,
                dueOn(LocalDate.of(2026, 4, 16))));
        assertThat(statusOfA()).isEqualTo(InformationRequestStatus.DIPERPANJANG);
        assertThat(queries.handle(new FindRequestStatus("hash-a")).orElseThrow().noticeDeadline().dueDate())
                .isEqualTo(LocalDate.of(2026, 4, 16));
        assertThat(queries.handle(ListOpenRequests.everything()).requests()).singleElement()
                .extracting(OpenRequest::noticeDue).isEqualTo(LocalDate.of(2026, 4, 16));

        projection.on(partialGrant());
        assertThat(statusOfA()).isEqualTo(InformationRequestStatus.DIKABULKAN_SEBAGIAN);
        assertThat(queries.handle(ListOpenRequests.everything()).requests()).singleElement()
                .extracting(OpenRequest::noticeSent).isEqualTo(true);
    }

    @Test
    void a_closed_request_leaves_the_queue_but_keeps_its_public_status_even_when_told_twice() {
        projection.on(registered("a", 1, LocalDate.of(2026, 4, 7), "Rina"));
        projection.on(partialGrant());
        InformationRequestClosed closed = new InformationRequestClosed(A, PETUGAS, LATER);

        projection.on(closed);
        projection.on(closed);

        assertThat(queries.handle(ListOpenRequests.everything()).requests()).isEmpty();
        assertThat(statusOfA()).isEqualTo(InformationRequestStatus.SELESAI);
    }

    @Test
    void a_missed_notice_deadline_is_marked_in_the_queue() {
        projection.on(registered("a", 1, LocalDate.of(2026, 4, 7), "Rina"));

        projection.on(new NoticeDeadlineMissed(A, LocalDate.of(2026, 4, 7), LATER));

        assertThat(queries.handle(ListOpenRequests.everything()).requests()).singleElement()
                .extracting(OpenRequest::noticeDeadlineMissed).isEqualTo(true);
    }

    @Test
    void a_withdrawn_request_leaves_the_queue() {
        projection.on(registered("a", 1, LocalDate.of(2026, 4, 7), "Rina"));

        projection.on(new InformationRequestWithdrawn(A, "Sudah tidak perlu", Channel.WEB, null, LATER));

        assertThat(queries.handle(ListOpenRequests.everything()).requests()).isEmpty();
        assertThat(statusOfA()).isEqualTo(InformationRequestStatus.DIBATALKAN);
    }

    @Test
    void a_reset_empties_the_read_models_for_a_replay() {
        projection.on(registered("a", 1, LocalDate.of(2026, 4, 7), "Rina"));

        projection.reset();

        assertThat(queries.handle(ListOpenRequests.everything()).requests()).isEmpty();
        assertThat(queries.handle(new FindRequestStatus("hash-a"))).isEmpty();
    }
}
