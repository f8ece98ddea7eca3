package id.go.cilegon.sigap.query.informationrequest.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import id.go.cilegon.sigap.command.informationrequest.api.ClarificationPolicy;
import id.go.cilegon.sigap.command.informationrequest.api.ClarificationProvided;
import id.go.cilegon.sigap.command.informationrequest.api.ClarificationRequested;
import id.go.cilegon.sigap.command.informationrequest.api.ConsequenceTest;
import id.go.cilegon.sigap.command.informationrequest.api.Cost;
import id.go.cilegon.sigap.command.informationrequest.api.DeliveryMethod;
import id.go.cilegon.sigap.command.informationrequest.api.DisputeFiled;
import id.go.cilegon.sigap.command.informationrequest.api.DisputeStage;
import id.go.cilegon.sigap.command.informationrequest.api.DisputeStageRecorded;
import id.go.cilegon.sigap.command.informationrequest.api.DocumentReleased;
import id.go.cilegon.sigap.command.informationrequest.api.ExemptionGround;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestForwarded;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRegistered;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestStatus;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestWithdrawn;
import id.go.cilegon.sigap.command.informationrequest.api.NoticeDeadlineMissed;
import id.go.cilegon.sigap.command.informationrequest.api.NoticeDecision;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionAnswered;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionFiled;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionGround;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionNumber;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionOutcome;
import id.go.cilegon.sigap.command.informationrequest.api.ObtainMethod;
import id.go.cilegon.sigap.command.informationrequest.api.Proxy;
import id.go.cilegon.sigap.command.informationrequest.api.Redaction;
import id.go.cilegon.sigap.command.informationrequest.api.RegistrationNumber;
import id.go.cilegon.sigap.command.informationrequest.api.ReleasedDocument;
import id.go.cilegon.sigap.command.informationrequest.api.ReleasedDocumentWithdrawn;
import id.go.cilegon.sigap.command.informationrequest.api.Requester;
import id.go.cilegon.sigap.command.informationrequest.api.UnitInputRecorded;
import id.go.cilegon.sigap.command.informationrequest.api.WrittenNotice;
import id.go.cilegon.sigap.command.informationrequest.api.WrittenNoticeSent;
import id.go.cilegon.sigap.command.personaldata.api.DataSubjectRequestId;
import id.go.cilegon.sigap.command.personaldata.api.DataSubjectsErased;
import id.go.cilegon.sigap.command.personaldata.api.PersonInCase;
import id.go.cilegon.sigap.command.personaldata.api.RequestBasis;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.command.shared.api.calendar.Deadline;
import id.go.cilegon.sigap.command.shared.api.personaldata.DataSubjectId;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import id.go.cilegon.sigap.query.informationrequest.api.CaseFile;
import id.go.cilegon.sigap.query.informationrequest.api.CaseFile.AvailableGround;
import id.go.cilegon.sigap.query.informationrequest.api.FindCaseFile;
import id.go.cilegon.sigap.query.informationrequest.api.FindCaseTimeline;
import id.go.cilegon.sigap.query.informationrequest.api.TimelineEntry;
import id.go.cilegon.sigap.query.shared.Batches;
import id.go.cilegon.sigap.query.shared.Batches.At;
import id.go.cilegon.sigap.query.shared.CountingClient;
import id.go.cilegon.sigap.query.shared.Handlers;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Against mongo-java-server through the real driver, as in production. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CaseFileProjectionTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final InformationRequestId ID = InformationRequestId.of("r-1");
    private static final Instant RECEIVED = Instant.parse("2026-03-16T03:00:00Z");
    private static final OfficerId PETUGAS = OfficerId.of("petugas");
    private static final OfficerId ATASAN = OfficerId.of("atasan");
    private static final ObjectionNumber OBJECTION = ObjectionNumber.of(2026, 1);

    private MongoServer server;
    private CountingClient client;
    private CaseFileProjection projection;
    private CaseFileQueries queries;

    @BeforeEach
    void startStore() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = new CountingClient(address);
        MongoDatabase database = client.client().getDatabase("case-file-test");
        projection = new CaseFileProjection(database);
        queries = new CaseFileQueries(database, WIB);
    }

    @AfterEach
    void stopStore() {
        client.close();
        server.shutdownNow();
    }

    private static Deadline dueOn(LocalDate due, int workingDays) {
        return new Deadline(RECEIVED, LocalDateTime.of(2026, 3, 16, 10, 0), Deadline.ReceiptShift.NONE,
                LocalDate.of(2026, 3, 16), workingDays, due, List.of(), List.of(), List.of());
    }

    private static InformationRequestRegistered registered(Requester requester, Proxy proxy) {
        DataSubjectId subject = DataSubjectId.of("subject-1");
        return new InformationRequestRegistered(ID, RegistrationNumber.of(2026, 7), Channel.SURAT, RECEIVED,
                requester == null ? PersonalData.erased(subject) : PersonalData.of(subject, requester),
                "Data bantuan sosial 2026", "Penelitian", ObtainMethod.SALINAN_SOFTCOPY, DeliveryMethod.EMAIL,
                "hash-1", dueOn(LocalDate.of(2026, 4, 7), 10),
                proxy == null ? null : PersonalData.of(DataSubjectId.of("subject-2"), proxy));
    }

    private static final Requester RINA = new Requester("Rina Marlina", Requester.IdentityKind.NIK,
            "3672014101900005", "Jl. Merdeka 1", "0812", null, "Guru");

    private static WrittenNotice partialGrant() {
        return new WrittenNotice(true, null, NoticeDecision.DIKABULKAN_SEBAGIAN,
                List.of(ExemptionGround.H_RAHASIA_PRIBADI),
                new ConsequenceTest(List.of("Daftar penerima"), "UU 14/2008 Pasal 17 huruf h",
                        "Membuka NIK penerima merugikan privasi", Period.ofYears(5)),
                "Daftar penerima tanpa NIK", List.of(new Redaction("Kolom NIK", ExemptionGround.H_RAHASIA_PRIBADI,
                        "Data pribadi")),
                ObtainMethod.SALINAN_SOFTCOPY, "PDF", DeliveryMethod.EMAIL, new Cost(0, null), "pemberitahuan-v1");
    }

    private static final Instant NOTICE_SENT = Instant.parse("2026-03-30T04:00:00Z");

    private void registerAndDecide() {
        projection.on(registered(RINA, null), 0);
        projection.on(new WrittenNoticeSent(ID, partialGrant(), PETUGAS, NOTICE_SENT, LocalDate.of(2026, 4, 7),
                false), 1);
    }

    private CaseFile caseFile() {
        return queries.handle(new FindCaseFile(ID)).orElseThrow();
    }

    @Test
    void a_registered_request_has_its_requester_deadline_and_first_timeline_entry() {
        Proxy proxy = new Proxy("Kuasa Hukum", "3672010101800001", "Jl. Kuasa 2", "0813", null, "SK-1/2026");
        projection.on(registered(RINA, proxy), 0);

        CaseFile file = caseFile();
        assertThat(file.registrationNumber()).isEqualTo("PPID/2026/000007");
        assertThat(file.status()).isEqualTo(InformationRequestStatus.DITERIMA);
        assertThat(file.channel()).isEqualTo(Channel.SURAT);
        assertThat(file.requester()).isEqualTo(RINA);
        assertThat(file.proxy()).isEqualTo(proxy);
        assertThat(file.noticeDeadline().dueDate()).isEqualTo(LocalDate.of(2026, 4, 7));
        assertThat(file.objectionGrounds()).isEmpty();
        assertThat(queries.handle(new FindCaseTimeline(ID, false))).singleElement().satisfies(entry -> {
            assertThat(entry.event()).isEqualTo("InformationRequestRegistered");
            assertThat(entry.at()).isEqualTo(RECEIVED);
            assertThat(entry.channel()).isEqualTo(Channel.SURAT);
            assertThat(entry.details()).containsEntry("dueDate", "2026-04-07");
        });
        assertThat(queries.handle(new FindCaseFile(InformationRequestId.of("unknown")))).isEmpty();
    }

    @Test
    void an_erased_requester_leaves_a_case_file_without_identity() {
        projection.on(registered(null, null), 0);

        assertThat(caseFile().requester()).isNull();
    }

    @Test
    void an_erasure_scrubs_only_the_roles_it_names_and_twice_is_once() {
        Proxy proxy = new Proxy("Kuasa Hukum", "3672010101800001", "Jl. Kuasa 2", "0813", null, "SK-1/2026");
        projection.on(registered(RINA, proxy), 0);
        DataSubjectsErased erased = new DataSubjectsErased(DataSubjectRequestId.of("pdp-1"), List.of(
                new PersonInCase(DataSubjectId.of("subject-1"), PersonInCase.CaseKind.PERMOHONAN, ID.value(),
                        "PPID/2026/000007", PersonInCase.Role.PEMOHON),
                new PersonInCase(DataSubjectId.of("subject-1"), PersonInCase.CaseKind.PENGADUAN, ID.value(),
                        "ADUAN/2026/000001", PersonInCase.Role.PENGADU)),
                RequestBasis.PERMINTAAN_SUBJEK, "Surat 1", null, PETUGAS, RECEIVED);

        projection.on(erased);
        projection.on(erased);

        CaseFile file = caseFile();
        assertThat(file.requester()).isNull();
        assertThat(file.proxy()).isEqualTo(proxy);
        assertThat(file.registrationNumber()).isEqualTo("PPID/2026/000007");
        assertThat(queries.handle(new FindCaseTimeline(ID, false))).hasSize(1);
    }

    @Test
    void a_clarification_pauses_with_its_question_and_the_answer_clears_it() {
        projection.on(registered(RINA, null), 0);
        Instant asked = Instant.parse("2026-03-17T03:00:00Z");
        projection.on(new ClarificationRequested(ID, "Sebutkan kecamatan yang dimaksud", PETUGAS, asked), 1);

        assertThat(caseFile().status()).isEqualTo(InformationRequestStatus.MENUNGGU_KELENGKAPAN);
        assertThat(caseFile().clarification()).isEqualTo(
                new CaseFile.PendingClarification("Sebutkan kecamatan yang dimaksud", asked));

        projection.on(new ClarificationProvided(ID, "Kecamatan Ciwandan", Channel.WEB, null,
                Instant.parse("2026-03-18T03:00:00Z"), ClarificationPolicy.PAUSE,
                dueOn(LocalDate.of(2026, 4, 8), 10), InformationRequestStatus.DITERIMA), 2);

        assertThat(caseFile().clarification()).isNull();
        assertThat(caseFile().status()).isEqualTo(InformationRequestStatus.DITERIMA);
        assertThat(caseFile().noticeDeadline().dueDate()).isEqualTo(LocalDate.of(2026, 4, 8));
        assertThat(queries.handle(new FindCaseTimeline(ID, false))).extracting(TimelineEntry::actor)
                .containsExactly(null, "petugas", null);
    }

    @Test
    void a_partial_grant_keeps_the_whole_notice_and_offers_the_grounds_it_gives() {
        registerAndDecide();

        CaseFile file = caseFile();
        assertThat(file.notice()).isEqualTo(partialGrant());
        assertThat(file.status()).isEqualTo(InformationRequestStatus.DIKABULKAN_SEBAGIAN);
        assertThat(file.deliveryOwed()).isTrue();
        assertThat(file.objectionGrounds()).extracting(AvailableGround::ground).containsExactly(
                ObjectionGround.A_PENOLAKAN_PASAL_17, ObjectionGround.B_INFORMASI_BERKALA_TIDAK_DISEDIAKAN,
                ObjectionGround.D_TIDAK_SEBAGAIMANA_DIMINTA, ObjectionGround.E_TIDAK_DIPENUHI);
        assertThat(file.objectionGrounds()).extracting(AvailableGround::aroseAt).containsOnly(NOTICE_SENT);
    }

    @Test
    void a_missed_notice_deadline_makes_ground_c_available_from_the_due_date() {
        projection.on(registered(RINA, null), 0);
        projection.on(new NoticeDeadlineMissed(ID, LocalDate.of(2026, 4, 7), Instant.parse("2026-04-08T00:01:00Z")),
                1);

        assertThat(caseFile().noticeDeadlineMissed()).isTrue();
        assertThat(caseFile().objectionGrounds()).containsExactly(new AvailableGround(
                ObjectionGround.C_TIDAK_DITANGGAPI, LocalDate.of(2026, 4, 7).atStartOfDay(WIB).toInstant()));
    }

    @Test
    void a_keberatan_through_to_a_komisi_informasi_decision_is_kept_with_every_stage() {
        registerAndDecide();
        Deadline answerDue = dueOn(LocalDate.of(2026, 5, 15), 30);
        projection.on(new ObjectionFiled(ID, OBJECTION, ObjectionGround.A_PENOLAKAN_PASAL_17, "NIK bukan rahasia",
                null, Channel.WEB, null, Instant.parse("2026-04-01T03:00:00Z"), LocalDate.of(2026, 3, 30),
                answerDue), 2);

        assertThat(caseFile().objection().open()).isTrue();
        assertThat(caseFile().objectionGrounds()).as("one keberatan at a time").isEmpty();

        Deadline disputeWindow = dueOn(LocalDate.of(2026, 5, 5), 14);
        projection.on(new ObjectionAnswered(ID, OBJECTION, ObjectionOutcome.REJECTED, "Pasal 17 huruf h berlaku",
                ATASAN, Instant.parse("2026-04-14T03:00:00Z"), false, disputeWindow), 3);
        projection.on(new DisputeFiled(ID, OBJECTION, "Komisi Informasi Provinsi Banten", "001/IV/KI-BTN-PS/2026",
                LocalDate.of(2026, 4, 20), PETUGAS, Instant.parse("2026-04-20T03:00:00Z")), 4);
        projection.on(new DisputeStageRecorded(ID, DisputeStage.AJUDIKASI, LocalDate.of(2026, 5, 4), null, PETUGAS,
                Instant.parse("2026-05-04T03:00:00Z")), 5);
        projection.on(new DisputeStageRecorded(ID, DisputeStage.PUTUSAN_KI, LocalDate.of(2026, 6, 1),
                "Permohonan ditolak", PETUGAS, Instant.parse("2026-06-01T03:00:00Z")), 6);

        CaseFile file = caseFile();
        assertThat(file.status()).isEqualTo(InformationRequestStatus.SENGKETA_DIAJUKAN);
        assertThat(file.objection().outcome()).isEqualTo(ObjectionOutcome.REJECTED);
        assertThat(file.objection().reasons()).isEqualTo("Pasal 17 huruf h berlaku");
        assertThat(file.objection().disputeWindow()).isEqualTo(disputeWindow);
        assertThat(file.dispute().commission()).isEqualTo("Komisi Informasi Provinsi Banten");
        assertThat(file.dispute().stages()).extracting(CaseFile.DisputeFile.Stage::stage).containsExactly(
                DisputeStage.DIDAFTARKAN_KI, DisputeStage.AJUDIKASI, DisputeStage.PUTUSAN_KI);
        assertThat(file.dispute().currentStage()).isEqualTo(DisputeStage.PUTUSAN_KI);
        assertThat(file.lastSequence()).isEqualTo(6);
        assertThat(queries.handle(new FindCaseTimeline(ID, true))).extracting(TimelineEntry::event).containsExactly(
                "InformationRequestRegistered", "WrittenNoticeSent", "ObjectionFiled", "ObjectionAnswered",
                "DisputeFiled", "DisputeStageRecorded", "DisputeStageRecorded");
    }

    private static ReleasedDocument document(String id, String name) {
        return new ReleasedDocument(id, name, "application/pdf", 48_213, "ab".repeat(32));
    }

    @Test
    void released_files_are_listed_in_order_and_a_file_taken_back_leaves_the_list_but_not_the_timeline() {
        registerAndDecide();
        ReleasedDocument list = document("665f1c2e9b1e8a3d4c5b6a70", "daftar-penerima.pdf");
        ReleasedDocument letter = document("665f1c2e9b1e8a3d4c5b6a71", "sk-penetapan.pdf");
        projection.on(new DocumentReleased(ID, list, PETUGAS, Instant.parse("2026-03-31T03:00:00Z")), 2);
        projection.on(new DocumentReleased(ID, letter, PETUGAS, Instant.parse("2026-03-31T03:05:00Z")), 3);
        assertThat(caseFile().documents()).containsExactly(list, letter);

        ReleasedDocumentWithdrawn takenBack = new ReleasedDocumentWithdrawn(ID, list.documentId(), list.fileName(),
                "NIK belum dihitamkan", PETUGAS, Instant.parse("2026-03-31T04:00:00Z"));
        projection.on(takenBack, 4);
        projection.on(takenBack, 4);
        projection.on(new DocumentReleased(ID, list, PETUGAS, Instant.parse("2026-03-31T03:00:00Z")), 2);

        assertThat(caseFile().documents()).as("the same events again change nothing").containsExactly(letter);
        assertThat(caseFile().document(list.documentId())).isEmpty();
        List<TimelineEntry> timeline = queries.handle(new FindCaseTimeline(ID, false));
        assertThat(timeline).extracting(TimelineEntry::event).containsExactly("InformationRequestRegistered",
                "WrittenNoticeSent", "DocumentReleased", "DocumentReleased", "ReleasedDocumentWithdrawn");
        assertThat(timeline.get(4).details()).containsEntry("fileName", "daftar-penerima.pdf")
                .containsEntry("reason", "NIK belum dihitamkan");
        assertThat(timeline.get(4).visibleToRequester()).isTrue();
    }

    @Test
    void the_same_events_twice_change_nothing() {
        registerAndDecide();
        projection.on(new DisputeFiled(ID, OBJECTION, "KI Banten", null, LocalDate.of(2026, 4, 20), PETUGAS,
                Instant.parse("2026-04-20T03:00:00Z")), 2);
        DisputeStageRecorded stage = new DisputeStageRecorded(ID, DisputeStage.MEDIASI, LocalDate.of(2026, 5, 4),
                null, PETUGAS, Instant.parse("2026-05-04T03:00:00Z"));
        projection.on(stage, 3);
        CaseFile once = caseFile();
        List<TimelineEntry> timelineOnce = queries.handle(new FindCaseTimeline(ID, false));

        projection.on(registered(RINA, null), 0);
        projection.on(new WrittenNoticeSent(ID, partialGrant(), PETUGAS, NOTICE_SENT, LocalDate.of(2026, 4, 7),
                false), 1);
        projection.on(stage, 3);

        assertThat(caseFile()).isEqualTo(once);
        assertThat(caseFile().dispute().stages()).hasSize(2);
        assertThat(queries.handle(new FindCaseTimeline(ID, false))).isEqualTo(timelineOnce).hasSize(4);
    }

    /** A keberatan upheld within the batch that filed it, through to the Komisi Informasi. */
    private static List<At> aWholeCase() {
        return List.of(new At(registered(RINA, null), 0),
                new At(new WrittenNoticeSent(ID, partialGrant(), PETUGAS, NOTICE_SENT, LocalDate.of(2026, 4, 7),
                        false), 1),
                new At(new ObjectionFiled(ID, OBJECTION, ObjectionGround.A_PENOLAKAN_PASAL_17,
                        "NIK bukan rahasia", null, Channel.WEB, null, Instant.parse("2026-04-01T03:00:00Z"),
                        LocalDate.of(2026, 3, 30), dueOn(LocalDate.of(2026, 5, 15), 30)), 2),
                new At(new ObjectionAnswered(ID, OBJECTION, ObjectionOutcome.UPHELD, "Daftar tanpa NIK dibuka",
                        ATASAN, Instant.parse("2026-04-14T03:00:00Z"), false, dueOn(LocalDate.of(2026, 5, 5), 14)),
                        3),
                new At(new DisputeFiled(ID, OBJECTION, "KI Banten", null, LocalDate.of(2026, 4, 20), PETUGAS,
                        Instant.parse("2026-04-20T03:00:00Z")), 4),
                new At(new DisputeStageRecorded(ID, DisputeStage.MEDIASI, LocalDate.of(2026, 5, 4), null,
                        PETUGAS, Instant.parse("2026-05-04T03:00:00Z")), 5));
    }

    private static void handle(CaseFileProjection projection, At at) {
        Handlers.on(projection, at.event(), at.sequence());
    }

    private void inOneBatch(List<At> events) {
        assertThat(Batches.handle(events, event -> handle(projection, (At) event)).isExceptional()).isFalse();
    }

    @Test
    void a_batch_keeps_the_same_case_file_and_timeline_as_its_events_one_by_one() {
        MongoDatabase elsewhere = client.client().getDatabase("case-file-one-by-one");
        CaseFileProjection oneByOne = new CaseFileProjection(elsewhere);
        aWholeCase().forEach(event -> handle(oneByOne, event));
        CaseFileQueries oneByOneQueries = new CaseFileQueries(elsewhere, WIB);

        inOneBatch(aWholeCase());

        assertThat(caseFile()).isEqualTo(oneByOneQueries.handle(new FindCaseFile(ID)).orElseThrow());
        assertThat(caseFile().deliveryOwed()).as("the upheld keberatan read the file the batch filed it in").isTrue();
        assertThat(caseFile().dispute().stages()).hasSize(2);
        assertThat(queries.handle(new FindCaseTimeline(ID, false)))
                .isEqualTo(oneByOneQueries.handle(new FindCaseTimeline(ID, false))).hasSize(6);
    }

    @Test
    void a_batch_delivered_again_after_the_case_moved_on_changes_nothing() {
        inOneBatch(aWholeCase());
        projection.on(new DisputeStageRecorded(ID, DisputeStage.PUTUSAN_KI, LocalDate.of(2026, 6, 1),
                "Permohonan dikabulkan", PETUGAS, Instant.parse("2026-06-01T03:00:00Z")), 6);
        CaseFile once = caseFile();
        List<TimelineEntry> timelineOnce = queries.handle(new FindCaseTimeline(ID, false));

        inOneBatch(aWholeCase());

        assertThat(caseFile()).isEqualTo(once);
        assertThat(caseFile().dispute().stages()).hasSize(3);
        assertThat(queries.handle(new FindCaseTimeline(ID, false))).isEqualTo(timelineOnce).hasSize(7);
    }

    @Test
    void a_batch_reads_no_case_file_and_sends_its_timeline_before_its_case_files() {
        projection.on(registered(RINA, null), 0);
        client.forget();

        inOneBatch(aWholeCase().subList(1, 3));

        assertThat(client.sent()).as("a page reads the timeline up to the file's last event")
                .containsExactly("update information_request_timeline", "update information_request_case_files");
        assertThat(caseFile().lastSequence()).isEqualTo(2);
    }

    @Test
    void the_requester_does_not_see_a_units_internal_input() {
        projection.on(registered(RINA, null), 0);
        projection.on(new InformationRequestForwarded(ID, UnitId.of("SETDA"), "Mohon data per kecamatan", PETUGAS,
                Instant.parse("2026-03-17T03:00:00Z")), 1);
        projection.on(new UnitInputRecorded(ID, UnitId.of("SETDA"), "Data terlampir", OfficerId.of("pelaksana"),
                Instant.parse("2026-03-18T03:00:00Z")), 2);

        assertThat(caseFile().forwardedTo()).isEqualTo(UnitId.of("SETDA"));
        assertThat(queries.handle(new FindCaseTimeline(ID, false))).hasSize(3);
        assertThat(queries.handle(new FindCaseTimeline(ID, true))).extracting(TimelineEntry::event)
                .containsExactly("InformationRequestRegistered", "InformationRequestForwarded");
    }

    @Test
    void a_withdrawn_request_offers_no_keberatan() {
        registerAndDecide();
        projection.on(new InformationRequestWithdrawn(ID, null, Channel.WEB, null,
                Instant.parse("2026-03-31T03:00:00Z")), 2);

        assertThat(caseFile().status()).isEqualTo(InformationRequestStatus.DIBATALKAN);
        assertThat(caseFile().objectionGrounds()).isEmpty();
        assertThat(queries.handle(new FindCaseTimeline(ID, true))).last()
                .satisfies(entry -> assertThat(entry.details()).isEmpty());
    }
}
