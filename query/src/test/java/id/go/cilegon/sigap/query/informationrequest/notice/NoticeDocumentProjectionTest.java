package id.go.cilegon.sigap.query.informationrequest.notice;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import id.go.cilegon.sigap.command.informationrequest.api.ConsequenceTest;
import id.go.cilegon.sigap.command.informationrequest.api.Cost;
import id.go.cilegon.sigap.command.informationrequest.api.DeliveryMethod;
import id.go.cilegon.sigap.command.informationrequest.api.ExemptionGround;
import id.go.cilegon.sigap.command.informationrequest.api.InformationDelivered;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRegistered;
import id.go.cilegon.sigap.command.informationrequest.api.NoticeDecision;
import id.go.cilegon.sigap.command.informationrequest.api.ObtainMethod;
import id.go.cilegon.sigap.command.informationrequest.api.Proxy;
import id.go.cilegon.sigap.command.informationrequest.api.Recipient;
import id.go.cilegon.sigap.command.informationrequest.api.Redaction;
import id.go.cilegon.sigap.command.informationrequest.api.RegistrationNumber;
import id.go.cilegon.sigap.command.informationrequest.api.Requester;
import id.go.cilegon.sigap.command.informationrequest.api.WrittenNotice;
import id.go.cilegon.sigap.command.informationrequest.api.WrittenNoticeSent;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.calendar.Deadline;
import id.go.cilegon.sigap.command.shared.api.personaldata.DataSubjectId;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import id.go.cilegon.sigap.query.informationrequest.notice.api.FindNoticeDocument;
import id.go.cilegon.sigap.query.informationrequest.notice.api.NoticeDocument;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Against mongo-java-server through the real driver, as in production. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class NoticeDocumentProjectionTest {

    private static final InformationRequestId ID = InformationRequestId.of("req-1");
    private static final Instant RECEIVED = Instant.parse("2026-03-16T03:00:00Z");
    private static final Instant SENT = Instant.parse("2026-03-25T03:00:00Z");
    private static final LocalDate DUE = LocalDate.of(2026, 4, 7);
    private static final OfficerId PETUGAS = OfficerId.of("petugas");

    private MongoServer server;
    private MongoClient client;
    private NoticeDocumentProjection projection;
    private NoticeDocumentQueries queries;

    @BeforeEach
    void startStore() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        projection = new NoticeDocumentProjection(client.getDatabase("notice-test"));
        queries = new NoticeDocumentQueries(client.getDatabase("notice-test"));
    }

    @AfterEach
    void stopStore() {
        client.close();
        server.shutdownNow();
    }

    private static InformationRequestRegistered registered(Requester requester, Proxy proxy) {
        DataSubjectId subject = DataSubjectId.of("subject-1");
        Deadline deadline = new Deadline(RECEIVED, LocalDateTime.of(2026, 3, 16, 10, 0), Deadline.ReceiptShift.NONE,
                LocalDate.of(2026, 3, 16), 10, DUE, List.of(), List.of(), List.of());
        return new InformationRequestRegistered(ID, RegistrationNumber.of(2026, 1), Channel.WEB, RECEIVED,
                requester == null ? PersonalData.erased(subject) : PersonalData.of(subject, requester),
                "Daftar penerima beasiswa daerah 2026", "Penelitian", ObtainMethod.SALINAN_SOFTCOPY,
                DeliveryMethod.EMAIL, "hash-1", deadline,
                proxy == null ? null : PersonalData.of(DataSubjectId.of("subject-2"), proxy));
    }

    private static Requester rina() {
        return new Requester("Rina Marlina", Requester.IdentityKind.NIK, "3672014101900005",
                "Jl. Sultan Ageng Tirtayasa No. 10, Cilegon", "0812", null, "Guru");
    }

    static WrittenNotice partlyGranted() {
        return new WrittenNotice(true, null, NoticeDecision.DIKABULKAN_SEBAGIAN,
                List.of(ExemptionGround.H_RAHASIA_PRIBADI),
                new ConsequenceTest(List.of("SK Wali Kota 400.3/2026 lampiran II"),
                        "UU 14/2008 Pasal 17 huruf h", "Membuka alamat penerima merugikan privasi mereka",
                        Period.ofYears(5)),
                "Daftar penerima beasiswa daerah 2026",
                List.of(new Redaction("Alamat dan penghasilan orang tua", ExemptionGround.H_RAHASIA_PRIBADI,
                        "Rahasia pribadi penerima")),
                ObtainMethod.SALINAN_SOFTCOPY, "PDF, 4 halaman", DeliveryMethod.EMAIL,
                new Cost(15_000, "Transfer ke kas daerah"), "pemberitahuan-v1");
    }

    private NoticeDocument document() {
        return queries.handle(new FindNoticeDocument(ID)).orElseThrow();
    }

    @Test
    void a_registered_request_has_its_letter_head_data_and_no_notice_yet() {
        projection.on(registered(rina(), new Proxy("Budi Kuasa", "3672011204790002", "Jl. Contoh 2", "0813", null,
                "SK-1/2026")));

        NoticeDocument document = document();
        assertThat(document.registrationNumber()).isEqualTo("PPID/2026/000001");
        assertThat(document.receivedAt()).isEqualTo(RECEIVED);
        assertThat(document.requesterName()).isEqualTo("Rina Marlina");
        assertThat(document.requesterAddress()).isEqualTo("Jl. Sultan Ageng Tirtayasa No. 10, Cilegon");
        assertThat(document.proxyName()).isEqualTo("Budi Kuasa");
        assertThat(document.informationRequested()).isEqualTo("Daftar penerima beasiswa daerah 2026");
        assertThat(document.notice()).isNull();
        assertThat(document.delivery()).isNull();
        assertThat(queries.handle(new FindNoticeDocument(InformationRequestId.of("unknown")))).isEmpty();
    }

    @Test
    void the_sent_notice_is_kept_point_by_point_with_its_consequence_test_period() {
        projection.on(registered(rina(), null));

        projection.on(new WrittenNoticeSent(ID, partlyGranted(), PETUGAS, SENT, DUE, true));

        NoticeDocument document = document();
        assertThat(document.proxyName()).isNull();
        assertThat(document.notice().sentAt()).isEqualTo(SENT);
        assertThat(document.notice().sentBy()).isEqualTo("petugas");
        assertThat(document.notice().dueDate()).isEqualTo(DUE);
        assertThat(document.notice().late()).isTrue();
        WrittenNotice content = document.notice().content();
        assertThat(content).isEqualTo(partlyGranted());
        assertThat(content.consequenceTest().exemptionPeriod()).isEqualTo(Period.ofYears(5));
        assertThat(content.redactions()).singleElement().extracting(Redaction::reason)
                .isEqualTo("Rahasia pribadi penerima");
        assertThat(content.cost()).isEqualTo(new Cost(15_000, "Transfer ke kas daerah"));
        assertThat(content.templateVersion()).isEqualTo("pemberitahuan-v1");
    }

    @Test
    void a_delivery_fills_the_receipt() {
        projection.on(registered(rina(), null));
        projection.on(new WrittenNoticeSent(ID, partlyGranted(), PETUGAS, SENT, DUE, false));
        Instant delivered = Instant.parse("2026-03-27T07:30:00Z");

        projection.on(new InformationDelivered(ID, delivered, DeliveryMethod.DIAMBIL_LANGSUNG,
                PersonalData.of(DataSubjectId.of("subject-3"), new Recipient("Rina Marlina", "pemohon")),
                PETUGAS, SENT.plusSeconds(86_400 * 3)));

        assertThat(document().delivery().deliveredAt()).isEqualTo(delivered);
        assertThat(document().delivery().method()).isEqualTo(DeliveryMethod.DIAMBIL_LANGSUNG);
        assertThat(document().delivery().recipientName()).isEqualTo("Rina Marlina");
        assertThat(document().delivery().recipientRelationship()).isEqualTo("pemohon");
        assertThat(document().notice()).isNotNull();
    }

    @Test
    void the_same_events_twice_leave_the_same_document() {
        InformationRequestRegistered registered = registered(rina(), null);
        WrittenNoticeSent sent = new WrittenNoticeSent(ID, partlyGranted(), PETUGAS, SENT, DUE, false);
        projection.on(registered);
        projection.on(sent);
        NoticeDocument once = document();

        projection.on(sent);
        projection.on(registered);

        assertThat(document()).isEqualTo(once);
        assertThat(client.getDatabase("notice-test").getCollection(NoticeDocumentProjection.COLLECTION)
                .countDocuments()).isEqualTo(1);
    }

    @Test
    void an_erased_requester_leaves_the_name_and_address_empty_and_the_notice_intact() {
        projection.on(registered(null, null));
        projection.on(new WrittenNoticeSent(ID, partlyGranted(), PETUGAS, SENT, DUE, false));

        assertThat(document().requesterName()).isNull();
        assertThat(document().requesterAddress()).isNull();
        assertThat(document().registrationNumber()).isEqualTo("PPID/2026/000001");
        assertThat(document().notice().content().decision()).isEqualTo(NoticeDecision.DIKABULKAN_SEBAGIAN);
    }

    @Test
    void a_refusal_without_grant_details_is_kept_with_its_empty_points() {
        projection.on(registered(rina(), null));
        WrittenNotice pointedElsewhere = new WrittenNotice(false, "Badan Pertanahan Nasional Kota Cilegon",
                NoticeDecision.TIDAK_DIKUASAI_DIARAHKAN, List.of(), null, null, List.of(), null, null, null, null,
                "pemberitahuan-v1");

        projection.on(new WrittenNoticeSent(ID, pointedElsewhere, PETUGAS, SENT, DUE, false));

        assertThat(document().notice().content()).isEqualTo(pointedElsewhere);
        assertThat(document().notice().content().consequenceTest()).isNull();
    }

    @Test
    void a_reset_empties_the_read_model_for_a_replay() {
        projection.on(registered(rina(), null));

        projection.reset();

        assertThat(queries.handle(new FindNoticeDocument(ID))).isEmpty();
    }
}
