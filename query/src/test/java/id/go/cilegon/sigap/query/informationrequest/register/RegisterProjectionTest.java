package id.go.cilegon.sigap.query.informationrequest.register;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import id.go.cilegon.sigap.command.informationrequest.api.ConsequenceTest;
import id.go.cilegon.sigap.command.informationrequest.api.Cost;
import id.go.cilegon.sigap.command.informationrequest.api.DeliveryMethod;
import id.go.cilegon.sigap.command.informationrequest.api.DisputeFiled;
import id.go.cilegon.sigap.command.informationrequest.api.DisputeStage;
import id.go.cilegon.sigap.command.informationrequest.api.DisputeStageRecorded;
import id.go.cilegon.sigap.command.informationrequest.api.ExemptionGround;
import id.go.cilegon.sigap.command.informationrequest.api.InformationDelivered;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestClosed;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestForwarded;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRegistered;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestStatus;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestWithdrawn;
import id.go.cilegon.sigap.command.informationrequest.api.NoticeDeadlineExtended;
import id.go.cilegon.sigap.command.informationrequest.api.NoticeDeadlineMissed;
import id.go.cilegon.sigap.command.informationrequest.api.NoticeDecision;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionAnswerDeadlineMissed;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionAnswered;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionFiled;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionGround;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionNumber;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionOutcome;
import id.go.cilegon.sigap.command.informationrequest.api.ObtainMethod;
import id.go.cilegon.sigap.command.informationrequest.api.Proxy;
import id.go.cilegon.sigap.command.informationrequest.api.Recipient;
import id.go.cilegon.sigap.command.informationrequest.api.RegistrationNumber;
import id.go.cilegon.sigap.command.informationrequest.api.Requester;
import id.go.cilegon.sigap.command.informationrequest.api.WrittenNotice;
import id.go.cilegon.sigap.command.informationrequest.api.WrittenNoticeSent;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.command.shared.api.calendar.Deadline;
import id.go.cilegon.sigap.command.shared.api.personaldata.DataSubjectId;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import id.go.cilegon.sigap.query.informationrequest.register.api.ListNoticeTimes;
import id.go.cilegon.sigap.query.informationrequest.register.api.ListObjectionRegister;
import id.go.cilegon.sigap.query.informationrequest.register.api.ListRegisterYears;
import id.go.cilegon.sigap.query.informationrequest.register.api.ListRequestRegister;
import id.go.cilegon.sigap.query.informationrequest.register.api.NoticeTime;
import id.go.cilegon.sigap.query.informationrequest.register.api.ObjectionRegisterEntry;
import id.go.cilegon.sigap.query.informationrequest.register.api.RequestRegisterEntry;
import id.go.cilegon.sigap.query.shared.Batches;
import id.go.cilegon.sigap.query.shared.Handlers;
import id.go.cilegon.sigap.query.shared.Listings;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Against mongo-java-server through the real driver, as in production. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RegisterProjectionTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final InformationRequestId A = InformationRequestId.of("a");
    private static final OfficerId PETUGAS = OfficerId.of("petugas");
    private static final OfficerId ATASAN = OfficerId.of("atasan");
    private static final ObjectionNumber KEBERATAN_1 = ObjectionNumber.of(2026, 1);

    private MongoServer server;
    private MongoClient client;
    private RegisterProjection projection;
    private RegisterQueries queries;

    @BeforeEach
    void startStore() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        MongoDatabase database = client.getDatabase("register-test");
        projection = new RegisterProjection(database);
        queries = new RegisterQueries(database);
    }

    @AfterEach
    void stopStore() {
        client.close();
        server.shutdownNow();
    }

    // ------------------------------------------------------------------------------------------------ events

    private static Instant wib(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).atZone(WIB).toInstant();
    }

    private static Deadline deadline(Instant received, LocalDate effectiveReceipt, LocalDate due) {
        return new Deadline(received, LocalDateTime.ofInstant(received, WIB), Deadline.ReceiptShift.NONE,
                effectiveReceipt, 10, due, List.of(), List.of(), List.of());
    }

    private static PersonalData<Requester> rina() {
        return PersonalData.of(DataSubjectId.of("subject-rina"), new Requester("Rina Marlina",
                Requester.IdentityKind.NIK, "3672014101900005", "Jl. Merdeka 1, Cilegon", "081234567890",
                "rina@example.org", "Guru"));
    }

    private static InformationRequestRegistered registered(InformationRequestId id, long number,
            PersonalData<Requester> requester, PersonalData<Proxy> proxy) {
        Instant received = wib(2026, 3, 16, 10);
        return new InformationRequestRegistered(id, RegistrationNumber.of(2026, number), Channel.WEB, received,
                requester, "Daftar penerima beasiswa daerah 2026", "Penelitian skripsi",
                ObtainMethod.SALINAN_SOFTCOPY, DeliveryMethod.EMAIL, "hash-" + id.value(),
                deadline(received, LocalDate.of(2026, 3, 16), LocalDate.of(2026, 4, 7)), proxy);
    }

    private static InformationRequestRegistered registered() {
        return registered(A, 1, rina(), null);
    }

    private static WrittenNoticeSent refusedLate() {
        WrittenNotice notice = new WrittenNotice(true, null, NoticeDecision.DITOLAK_DIKECUALIKAN,
                List.of(ExemptionGround.H_RAHASIA_PRIBADI), new ConsequenceTest(List.of("SK 400.3/2026"),
                        "UU 14/2008 Pasal 17 huruf h", "Privasi penerima", Period.ofYears(5)),
                null, List.of(), null, null, null, null, "pemberitahuan-tertulis/v1");
        return new WrittenNoticeSent(A, notice, PETUGAS, wib(2026, 4, 8, 9), LocalDate.of(2026, 4, 7), true);
    }

    private static WrittenNoticeSent grantedInFull() {
        WrittenNotice notice = new WrittenNotice(true, null, NoticeDecision.DIKABULKAN_SELURUHNYA, List.of(), null,
                "Daftar penerima (tanpa NIK)", List.of(), ObtainMethod.SALINAN_SOFTCOPY, "PDF, 4 halaman",
                DeliveryMethod.EMAIL, new Cost(0, "Tidak dipungut biaya"), "pemberitahuan-tertulis/v1");
        return new WrittenNoticeSent(A, notice, PETUGAS, wib(2026, 3, 30, 9), LocalDate.of(2026, 4, 7), false);
    }

    private static ObjectionFiled objectionFiled(PersonalData<Proxy> proxy) {
        Instant received = wib(2026, 4, 9, 10);
        return new ObjectionFiled(A, KEBERATAN_1, ObjectionGround.A_PENOLAKAN_PASAL_17,
                "Saya membutuhkan data untuk penelitian", proxy, Channel.DATANG_LANGSUNG, PETUGAS, received,
                LocalDate.of(2026, 4, 8), deadline(received, LocalDate.of(2026, 4, 9), LocalDate.of(2026, 5, 22)));
    }

    private static ObjectionAnswered rejected() {
        Instant answered = wib(2026, 5, 4, 14);
        return new ObjectionAnswered(A, KEBERATAN_1, ObjectionOutcome.REJECTED, "Pengecualian sudah diuji",
                ATASAN, answered, false, deadline(answered, LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 22)));
    }

    private static DisputeFiled disputeFiled() {
        return new DisputeFiled(A, KEBERATAN_1, "Komisi Informasi Provinsi Banten", "012/REG-PSI/V/2026",
                LocalDate.of(2026, 5, 11), PETUGAS, wib(2026, 5, 11, 10));
    }

    private List<RequestRegisterEntry> requestRegister(int year, boolean publicVersion) {
        return queries.handle(new ListRequestRegister(year, null, publicVersion));
    }

    private RequestRegisterEntry requestLine() {
        return requestRegister(2026, false).stream().filter(line -> line.requestId().equals("a")).findFirst()
                .orElseThrow();
    }

    private List<ObjectionRegisterEntry> objectionRegister(boolean publicVersion) {
        return queries.handle(new ListObjectionRegister(2026, null, publicVersion));
    }

    // ------------------------------------------------------------------------------------------------- tests

    @Test
    void a_registered_request_is_a_line_with_the_perki_columns_the_request_fills() {
        projection.on(registered());

        RequestRegisterEntry line = requestLine();
        assertThat(line.registrationNumber()).isEqualTo("PPID/2026/000001");
        assertThat(line.year()).isEqualTo(2026);
        assertThat(line.receivedAt()).isEqualTo(wib(2026, 3, 16, 10));
        assertThat(line.requesterName()).isEqualTo("Rina Marlina");
        assertThat(line.requesterAddress()).isEqualTo("Jl. Merdeka 1, Cilegon");
        assertThat(line.contact()).isEqualTo("081234567890 / rina@example.org");
        assertThat(line.requesterOccupation()).isEqualTo("Guru");
        assertThat(line.informationRequested()).isEqualTo("Daftar penerima beasiswa daerah 2026");
        assertThat(line.purpose()).isEqualTo("Penelitian skripsi");
        assertThat(line.obtainMethod()).isEqualTo(ObtainMethod.SALINAN_SOFTCOPY);
        assertThat(line.deliveryMethod()).isEqualTo(DeliveryMethod.EMAIL);
        assertThat(line.noticeDue()).isEqualTo(LocalDate.of(2026, 4, 7));
        assertThat(line.status()).isEqualTo(InformationRequestStatus.DITERIMA);
        assertThat(line.decision()).isNull();
        assertThat(line.exemptionGrounds()).isEmpty();
    }

    @Test
    void a_forwarded_request_keeps_the_unit_it_went_to_last() {
        projection.on(registered());
        projection.on(new InformationRequestForwarded(A, UnitId.of("DISDIKBUD"), null, PETUGAS,
                wib(2026, 3, 17, 9)));
        projection.on(new InformationRequestForwarded(A, UnitId.of("BAPPEDA"), null, PETUGAS,
                wib(2026, 3, 18, 9)));

        assertThat(requestLine().unit()).isEqualTo("BAPPEDA");
        assertThat(requestLine().status()).isEqualTo(InformationRequestStatus.DIPROSES);
    }

    @Test
    void the_same_event_twice_changes_nothing_even_after_later_events() {
        InformationRequestRegistered registered = registered();
        projection.on(registered);
        projection.on(grantedInFull());
        RequestRegisterEntry once = requestLine();

        projection.on(registered);
        projection.on(grantedInFull());

        assertThat(requestRegister(2026, false)).containsExactly(once);
        assertThat(once.decision()).isEqualTo(NoticeDecision.DIKABULKAN_SELURUHNYA);

        ObjectionFiled filed = objectionFiled(null);
        projection.on(refusedLate());
        projection.on(filed);
        projection.on(rejected());
        List<ObjectionRegisterEntry> objectionsOnce = objectionRegister(false);
        projection.on(filed);
        projection.on(rejected());
        assertThat(objectionRegister(false)).isEqualTo(objectionsOnce).hasSize(1);
        assertThat(objectionsOnce.get(0).outcome()).isEqualTo(ObjectionOutcome.REJECTED);
    }

    @Test
    void a_full_lifecycle_fills_the_decision_the_dates_and_the_keberatan_with_its_sengketa() {
        PersonalData<Proxy> proxy = PersonalData.of(DataSubjectId.of("subject-kuasa"), new Proxy("Budi Santoso",
                "3672010101800001", "Jl. Kuasa 2", "0811", null, "SK-01/2026"));
        projection.on(registered());
        projection.on(new NoticeDeadlineExtended(A, "Dokumen di arsip", PETUGAS, wib(2026, 4, 6, 9),
                deadline(wib(2026, 3, 16, 10), LocalDate.of(2026, 3, 16), LocalDate.of(2026, 4, 16))));
        projection.on(new NoticeDeadlineMissed(A, LocalDate.of(2026, 4, 16), wib(2026, 4, 17, 0)));
        projection.on(refusedLate());
        projection.on(objectionFiled(proxy));

        RequestRegisterEntry request = requestLine();
        assertThat(request.noticeDue()).isEqualTo(LocalDate.of(2026, 4, 16));
        assertThat(request.noticeDeadlineExtended()).isTrue();
        assertThat(request.noticeDeadlineMissed()).isTrue();
        assertThat(request.decision()).isEqualTo(NoticeDecision.DITOLAK_DIKECUALIKAN);
        assertThat(request.informationHeld()).isTrue();
        assertThat(request.exemptionGrounds()).containsExactly(ExemptionGround.H_RAHASIA_PRIBADI);
        assertThat(request.noticeSentAt()).isEqualTo(wib(2026, 4, 8, 9));
        assertThat(request.noticeLate()).isTrue();
        assertThat(request.status()).isEqualTo(InformationRequestStatus.KEBERATAN_DIAJUKAN);

        ObjectionRegisterEntry objection = objectionRegister(false).get(0);
        assertThat(objection.objectionNumber()).isEqualTo("KEBERATAN/2026/000001");
        assertThat(objection.requestNumber()).isEqualTo("PPID/2026/000001");
        assertThat(objection.requesterName()).isEqualTo("Rina Marlina");
        assertThat(objection.requesterAddress()).isEqualTo("Jl. Merdeka 1, Cilegon");
        assertThat(objection.requesterOccupation()).isEqualTo("Guru");
        assertThat(objection.proxyName()).isEqualTo("Budi Santoso");
        assertThat(objection.informationRequested()).isEqualTo("Daftar penerima beasiswa daerah 2026");
        assertThat(objection.purpose()).isEqualTo("Penelitian skripsi");
        assertThat(objection.ground()).isEqualTo(ObjectionGround.A_PENOLAKAN_PASAL_17);
        assertThat(objection.caseSummary()).isEqualTo("Saya membutuhkan data untuk penelitian");
        assertThat(objection.answerDue()).isEqualTo(LocalDate.of(2026, 5, 22));
        assertThat(objection.status()).isEqualTo(InformationRequestStatus.KEBERATAN_DIAJUKAN);

        projection.on(rejected());
        projection.on(disputeFiled());
        projection.on(new DisputeStageRecorded(A, DisputeStage.MEDIASI, LocalDate.of(2026, 5, 25), null, PETUGAS,
                wib(2026, 5, 25, 15)));
        projection.on(new DisputeStageRecorded(A, DisputeStage.AJUDIKASI, LocalDate.of(2026, 6, 8),
                "Mediasi gagal", PETUGAS, wib(2026, 6, 8, 15)));

        objection = objectionRegister(false).get(0);
        assertThat(objection.outcome()).isEqualTo(ObjectionOutcome.REJECTED);
        assertThat(objection.reasons()).isEqualTo("Pengecualian sudah diuji");
        assertThat(objection.answeredBy()).isEqualTo("atasan");
        assertThat(objection.answeredAt()).isEqualTo(wib(2026, 5, 4, 14));
        assertThat(objection.answeredLate()).isFalse();
        assertThat(objection.disputeCommission()).isEqualTo("Komisi Informasi Provinsi Banten");
        assertThat(objection.disputeCaseNumber()).isEqualTo("012/REG-PSI/V/2026");
        assertThat(objection.disputeFiledOn()).isEqualTo(LocalDate.of(2026, 5, 11));
        assertThat(objection.disputeStage()).isEqualTo(DisputeStage.AJUDIKASI);
        assertThat(objection.disputeStageReachedOn()).isEqualTo(LocalDate.of(2026, 6, 8));
        assertThat(objection.disputeStageOutcome()).isEqualTo("Mediasi gagal");
        assertThat(objection.status()).isEqualTo(InformationRequestStatus.SENGKETA_DIAJUKAN);
        assertThat(requestLine().status()).isEqualTo(InformationRequestStatus.SENGKETA_DIAJUKAN);
    }

    /** A request through a keberatan to the Komisi Informasi, the line of each read in the batch that wrote it. */
    private static List<Object> aWholeCase() {
        return List.of(registered(), refusedLate(), objectionFiled(null), rejected(), disputeFiled(),
                new DisputeStageRecorded(A, DisputeStage.MEDIASI, LocalDate.of(2026, 5, 25), null, PETUGAS,
                        wib(2026, 5, 25, 15)));
    }

    @Test
    void a_batch_keeps_the_same_lines_as_its_events_one_by_one_and_again_changes_nothing() {
        MongoDatabase elsewhere = client.getDatabase("register-one-by-one");
        RegisterProjection oneByOne = new RegisterProjection(elsewhere);
        aWholeCase().forEach(event -> Handlers.on(oneByOne, event));
        RegisterQueries oneByOneQueries = new RegisterQueries(elsewhere);

        for (int delivery = 1; delivery <= 2; delivery++) {
            assertThat(Batches.handle(aWholeCase(), event -> Handlers.on(projection, event)).isExceptional())
                    .isFalse();

            assertThat(requestRegister(2026, false))
                    .isEqualTo(oneByOneQueries.handle(new ListRequestRegister(2026, null, false))).hasSize(1);
            assertThat(objectionRegister(false))
                    .isEqualTo(oneByOneQueries.handle(new ListObjectionRegister(2026, null, false))).hasSize(1);
            ObjectionRegisterEntry objection = objectionRegister(false).get(0);
            assertThat(objection.requesterName()).as("from the request's line, held by the batch")
                    .isEqualTo("Rina Marlina");
            assertThat(objection.disputeStage()).as("on the keberatan the batch took to the KI")
                    .isEqualTo(DisputeStage.MEDIASI);
        }
    }

    @Test
    void delivery_and_closing_are_dated_on_the_line() {
        projection.on(registered());
        projection.on(grantedInFull());
        projection.on(new InformationDelivered(A, wib(2026, 4, 1, 11), DeliveryMethod.EMAIL,
                PersonalData.of(DataSubjectId.of("subject-rina"), new Recipient("Rina Marlina", "pemohon")),
                PETUGAS, wib(2026, 4, 1, 12)));
        projection.on(new InformationRequestClosed(A, PETUGAS, wib(2026, 4, 2, 9)));

        RequestRegisterEntry line = requestLine();
        assertThat(line.givenAs()).isEqualTo(ObtainMethod.SALINAN_SOFTCOPY);
        assertThat(line.format()).isEqualTo("PDF, 4 halaman");
        assertThat(line.costRupiah()).isZero();
        assertThat(line.costHowToPay()).isEqualTo("Tidak dipungut biaya");
        assertThat(line.noticeLate()).isFalse();
        assertThat(line.deliveredAt()).isEqualTo(wib(2026, 4, 1, 11));
        assertThat(line.closedAt()).isEqualTo(wib(2026, 4, 2, 9));
        assertThat(line.status()).isEqualTo(InformationRequestStatus.SELESAI);
    }

    @Test
    void a_withdrawal_is_dated_and_the_line_stays_in_the_register() {
        projection.on(registered());

        projection.on(new InformationRequestWithdrawn(A, "Sudah tidak perlu", Channel.WEB, null,
                wib(2026, 3, 18, 8)));

        RequestRegisterEntry line = requestLine();
        assertThat(line.status()).isEqualTo(InformationRequestStatus.DIBATALKAN);
        assertThat(line.withdrawnAt()).isEqualTo(wib(2026, 3, 18, 8));
    }

    @Test
    void an_erased_requester_leaves_a_line_without_a_name_in_both_registers() {
        projection.on(registered(A, 1, PersonalData.erased(DataSubjectId.of("subject-rina")),
                PersonalData.erased(DataSubjectId.of("subject-kuasa"))));
        projection.on(refusedLate());
        projection.on(objectionFiled(PersonalData.erased(DataSubjectId.of("subject-kuasa"))));

        RequestRegisterEntry request = requestLine();
        assertThat(request.registrationNumber()).isEqualTo("PPID/2026/000001");
        assertThat(request.requesterName()).isNull();
        assertThat(request.contact()).isNull();
        assertThat(request.proxyName()).isNull();
        ObjectionRegisterEntry objection = objectionRegister(false).get(0);
        assertThat(objection.requesterName()).isNull();
        assertThat(objection.proxyName()).isNull();
    }

    @Test
    void the_public_version_holds_no_personal_data_nor_free_text_that_may_carry_it() {
        projection.on(registered(A, 1, rina(), PersonalData.of(DataSubjectId.of("subject-kuasa"),
                new Proxy("Budi Santoso", "3672010101800001", "Jl. Kuasa 2", "0811", null, "SK-01/2026"))));
        projection.on(refusedLate());
        projection.on(objectionFiled(null));
        projection.on(rejected());
        projection.on(new ObjectionAnswerDeadlineMissed(A, KEBERATAN_1, LocalDate.of(2026, 5, 22),
                deadline(wib(2026, 5, 22, 0), LocalDate.of(2026, 5, 22), LocalDate.of(2026, 6, 12)),
                wib(2026, 5, 25, 0)));

        RequestRegisterEntry request = requestRegister(2026, true).get(0);
        assertThat(request.registrationNumber()).isEqualTo("PPID/2026/000001");
        assertThat(request.informationRequested()).isEqualTo("Daftar penerima beasiswa daerah 2026");
        assertThat(request.exemptionGrounds()).containsExactly(ExemptionGround.H_RAHASIA_PRIBADI);
        assertThat(request.toString()).doesNotContain("Rina", "Merdeka", "0812", "rina@", "Guru", "Budi",
                "skripsi");
        ObjectionRegisterEntry objection = objectionRegister(true).get(0);
        assertThat(objection.objectionNumber()).isEqualTo("KEBERATAN/2026/000001");
        assertThat(objection.ground()).isEqualTo(ObjectionGround.A_PENOLAKAN_PASAL_17);
        assertThat(objection.outcome()).isEqualTo(ObjectionOutcome.REJECTED);
        assertThat(objection.answerDeadlineMissed()).isTrue();
        assertThat(objection.toString()).doesNotContain("Rina", "Merdeka", "Guru", "skripsi", "Saya membutuhkan",
                "Pengecualian sudah diuji", "atasan");
    }

    @Test
    void a_register_lists_one_year_by_number_and_filters_by_status() {
        projection.on(registered(InformationRequestId.of("c"), 3, rina(), null));
        projection.on(registered(A, 1, rina(), null));
        projection.on(registered(InformationRequestId.of("b"), 2, rina(), null));
        projection.on(new InformationRequestWithdrawn(InformationRequestId.of("b"), null, Channel.WEB, null,
                wib(2026, 3, 18, 8)));
        Instant lastYear = wib(2025, 12, 30, 10);
        projection.on(new InformationRequestRegistered(InformationRequestId.of("old"), RegistrationNumber.of(2025, 9),
                Channel.SURAT, lastYear, rina(), "Arsip 2025", null, ObtainMethod.SALINAN_HARDCOPY,
                DeliveryMethod.POS_KURIR, "hash-old", deadline(lastYear, LocalDate.of(2025, 12, 30),
                        LocalDate.of(2026, 1, 14)), null));

        assertThat(requestRegister(2026, false)).extracting(RequestRegisterEntry::registrationNumber)
                .containsExactly("PPID/2026/000001", "PPID/2026/000002", "PPID/2026/000003");
        assertThat(queries.handle(new ListRequestRegister(2026, InformationRequestStatus.DIBATALKAN, false)))
                .extracting(RequestRegisterEntry::requestId).containsExactly("b");
        assertThat(requestRegister(2025, true)).extracting(RequestRegisterEntry::registrationNumber)
                .containsExactly("PPID/2025/000009");
        assertThat(queries.handle(new ListRegisterYears())).containsExactly(2026, 2025);
    }

    @Test
    void a_reset_empties_both_registers_for_a_replay() {
        projection.on(registered());
        projection.on(refusedLate());
        projection.on(objectionFiled(null));

        projection.reset();

        assertThat(requestRegister(2026, false)).isEmpty();
        assertThat(objectionRegister(false)).isEmpty();
    }

    @Test
    void the_pace_reads_the_receipt_and_notice_of_each_request_noticed_that_year() {
        projection.on(registered());
        projection.on(registered(InformationRequestId.of("b"), 2, rina(), null));
        projection.on(grantedInFull());

        assertThat(queries.handle(new ListNoticeTimes(2026)))
                .containsExactly(new NoticeTime(wib(2026, 3, 16, 10), wib(2026, 3, 30, 9)));
        assertThat(queries.handle(new ListNoticeTimes(2025))).isEmpty();
    }

    @Test
    void a_long_register_is_read_in_several_replies_so_no_reply_outgrows_the_wire_protocol() {
        int lines = Listings.BATCH * 2 + 500;
        for (int number = 1; number <= lines; number++) {
            projection.on(registered(InformationRequestId.of("r" + number), number, rina(), null));
        }
        List<String> commands = new CopyOnWriteArrayList<>();
        try (MongoClient listened = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://" + server.getLocalAddress().getHostString()
                        + ":" + server.getLocalAddress().getPort()))
                .addCommandListener(new CommandListener() {
                    @Override
                    public void commandStarted(CommandStartedEvent event) {
                        commands.add(event.getCommandName());
                    }
                }).build())) {
            RegisterQueries listening = new RegisterQueries(listened.getDatabase("register-test"));

            List<RequestRegisterEntry> register = listening.handle(new ListRequestRegister(2026, null, false));

            assertThat(register).hasSize(lines);
            assertThat(register.get(lines - 1).registrationNumber()).isEqualTo("PPID/2026/00" + lines);
            assertThat(commands).containsExactly("find", "getMore", "getMore");
        }
    }
}
