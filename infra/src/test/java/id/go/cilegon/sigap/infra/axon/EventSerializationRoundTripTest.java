package id.go.cilegon.sigap.infra.axon;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import id.go.cilegon.sigap.command.complaint.api.Attachment;
import id.go.cilegon.sigap.command.complaint.api.Complainant;
import id.go.cilegon.sigap.command.complaint.api.ComplainantAnswered;
import id.go.cilegon.sigap.command.complaint.api.ComplainantAsked;
import id.go.cilegon.sigap.command.complaint.api.ComplaintAnswered;
import id.go.cilegon.sigap.command.complaint.api.ComplaintAssigned;
import id.go.cilegon.sigap.command.complaint.api.ComplaintCategory;
import id.go.cilegon.sigap.command.complaint.api.ComplaintClosed;
import id.go.cilegon.sigap.command.complaint.api.ComplaintConverted;
import id.go.cilegon.sigap.command.complaint.api.ComplaintDisposed;
import id.go.cilegon.sigap.command.complaint.api.ComplaintEscalated;
import id.go.cilegon.sigap.command.complaint.api.ComplaintId;
import id.go.cilegon.sigap.command.complaint.api.ComplaintMerged;
import id.go.cilegon.sigap.command.complaint.api.ComplaintNumber;
import id.go.cilegon.sigap.command.complaint.api.ComplaintRegistered;
import id.go.cilegon.sigap.command.complaint.api.ComplaintRejected;
import id.go.cilegon.sigap.command.complaint.api.ComplaintReopened;
import id.go.cilegon.sigap.command.complaint.api.ComplaintVerified;
import id.go.cilegon.sigap.command.complaint.api.DispositionAccepted;
import id.go.cilegon.sigap.command.complaint.api.DispositionReturned;
import id.go.cilegon.sigap.command.complaint.api.DuplicateAttached;
import id.go.cilegon.sigap.command.complaint.api.FollowUpDeadlineMissed;
import id.go.cilegon.sigap.command.complaint.api.Location;
import id.go.cilegon.sigap.command.complaint.api.ProgressRecorded;
import id.go.cilegon.sigap.command.complaint.api.RejectionReason;
import id.go.cilegon.sigap.command.complaint.api.UnitFollowUp;
import id.go.cilegon.sigap.command.complaint.api.VerdictGiven;
import id.go.cilegon.sigap.command.complaint.api.VerificationDeadlineMissed;
import id.go.cilegon.sigap.command.informationlist.api.Exemption;
import id.go.cilegon.sigap.command.informationlist.api.ExemptionEnded;
import id.go.cilegon.sigap.command.informationlist.api.ExemptionLifted;
import id.go.cilegon.sigap.command.informationlist.api.ExemptionReviewDue;
import id.go.cilegon.sigap.command.informationlist.api.InformationCategory;
import id.go.cilegon.sigap.command.informationlist.api.InformationDescription;
import id.go.cilegon.sigap.command.informationlist.api.InformationExempted;
import id.go.cilegon.sigap.command.informationlist.api.InformationForm;
import id.go.cilegon.sigap.command.informationlist.api.InformationListed;
import id.go.cilegon.sigap.command.informationlist.api.ListedInformationId;
import id.go.cilegon.sigap.command.informationlist.api.ListedInformationNumber;
import id.go.cilegon.sigap.command.informationlist.api.ListedInformationUpdated;
import id.go.cilegon.sigap.command.informationlist.api.ListedInformationWithdrawn;
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
import id.go.cilegon.sigap.command.informationrequest.api.InformationDelivered;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestAssigned;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestClosed;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestEscalated;
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
import id.go.cilegon.sigap.command.informationrequest.api.Redaction;
import id.go.cilegon.sigap.command.informationrequest.api.RegistrationNumber;
import id.go.cilegon.sigap.command.informationrequest.api.ReleasedDocument;
import id.go.cilegon.sigap.command.informationrequest.api.ReleasedDocumentWithdrawn;
import id.go.cilegon.sigap.command.informationrequest.api.Requester;
import id.go.cilegon.sigap.command.informationrequest.api.UnitInputRecorded;
import id.go.cilegon.sigap.command.informationrequest.api.WrittenNotice;
import id.go.cilegon.sigap.command.informationrequest.api.WrittenNoticeSent;
import id.go.cilegon.sigap.command.mediaissue.api.IssueOrigin;
import id.go.cilegon.sigap.command.mediaissue.api.IssueUrgency;
import id.go.cilegon.sigap.command.mediaissue.api.MediaDeadlineMissed;
import id.go.cilegon.sigap.command.mediaissue.api.MediaDuplicateAttached;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueAssigned;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueClosed;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueId;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueLogged;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueMerged;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueNumber;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueReferred;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueTriaged;
import id.go.cilegon.sigap.command.mediaissue.api.MediaKind;
import id.go.cilegon.sigap.command.mediaissue.api.MediaResponseApproved;
import id.go.cilegon.sigap.command.mediaissue.api.MediaResponseDrafted;
import id.go.cilegon.sigap.command.mediaissue.api.MediaResponsePublished;
import id.go.cilegon.sigap.command.mediaissue.api.MediaResponseRejected;
import id.go.cilegon.sigap.command.mediaissue.api.MediaResponseSubmitted;
import id.go.cilegon.sigap.command.mediaissue.api.MediaSource;
import id.go.cilegon.sigap.command.mediaissue.api.MonitoringNoted;
import id.go.cilegon.sigap.command.mediaissue.api.ReferralKind;
import id.go.cilegon.sigap.command.mediaissue.api.ResponseKind;
import id.go.cilegon.sigap.command.mediaissue.api.UnitClarificationReceived;
import id.go.cilegon.sigap.command.mediaissue.api.UnitClarificationRequested;
import id.go.cilegon.sigap.command.opinion.api.AlertDimension;
import id.go.cilegon.sigap.command.opinion.api.OpinionAlertId;
import id.go.cilegon.sigap.command.opinion.api.OpinionAlertRaised;
import id.go.cilegon.sigap.command.opinion.api.OpinionCorrected;
import id.go.cilegon.sigap.command.opinion.api.OpinionSignalId;
import id.go.cilegon.sigap.command.opinion.api.SignalSource;
import id.go.cilegon.sigap.command.personaldata.api.DataSubjectRequestId;
import id.go.cilegon.sigap.command.personaldata.api.DataSubjectsErased;
import id.go.cilegon.sigap.command.personaldata.api.PersonInCase;
import id.go.cilegon.sigap.command.personaldata.api.RequestBasis;
import id.go.cilegon.sigap.command.personaldata.api.SubjectDataExported;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.DomainEvent;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.Sentiment;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.command.shared.api.calendar.Deadline;
import id.go.cilegon.sigap.command.shared.api.personaldata.DataSubjectId;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.infra.personaldata.MasterKey;
import id.go.cilegon.sigap.infra.personaldata.SubjectKeyStore;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
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
    private static final InformationRequestId REQUEST =
            InformationRequestId.of("2b0f3c1e-0000-4000-8000-000000000001");
    private static final Deadline NOTICE_DEADLINE = CALENDAR.workingDaysAfter(RECEIVED, 10);
    private static final Instant OBJECTION_RECEIVED = Instant.parse("2026-05-04T03:00:00Z");
    private static final ComplaintId COMPLAINT = ComplaintId.of("7c1d2e3f-0000-4000-8000-000000000042");
    private static final ComplaintId ORIGINAL_COMPLAINT = ComplaintId.of("7c1d2e3f-0000-4000-8000-000000000040");
    private static final OfficerId PPID = OfficerId.of("petugas");
    private static final OfficerId MEDIA = OfficerId.of("media");
    private static final List<PersonInCase> PEOPLE = List.of(
            new PersonInCase(DataSubjectId.of("subject-1"), PersonInCase.CaseKind.PERMOHONAN, "r-1",
                    "PPID/2026/000001", PersonInCase.Role.PEMOHON),
            new PersonInCase(DataSubjectId.of("subject-3"), PersonInCase.CaseKind.PENGADUAN, "c-1", null,
                    PersonInCase.Role.PENGADU));
    private static final MediaIssueId MEDIA_ISSUE = MediaIssueId.forUrl("https://radarbanten.example/banjir");
    private static final MediaSource ARTICLE = new MediaSource(MediaKind.MEDIA_SOSIAL, "@warga_cilegon",
            "https://radarbanten.example/banjir", "Banjir lagi 😡", "Jalan rusak parah, gak ada yang peduli",
            Instant.parse("2026-03-16T01:00:00Z"), null);

    private static final ListedInformationId LISTED = ListedInformationId.of("listed-1");
    private static final InformationDescription DESCRIPTION = new InformationDescription("DPA 2026", "Anggaran dinas",
            InformationCategory.BERKALA, UnitId.of("DISKOMINFO"), "Sekretaris Dinas", "Cilegon, 2026",
            List.of(InformationForm.SOFTCOPY), "5 tahun (JRA)", null);

    private static MongoServer server;
    private static MongoClient client;
    private static JacksonSerializer serializer;

    /** One realistic instance of every event type. */
    static final Map<Class<? extends DomainEvent>, DomainEvent> SAMPLES = Map.ofEntries(
            entry(InformationRequestRegistered.class, new InformationRequestRegistered(
                    REQUEST,
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
                    NOTICE_DEADLINE,
                    PersonalData.of(DataSubjectId.of("subject-2"), new Proxy("Budi Santoso", "3672010101850003",
                            "Jl. Sultan Ageng Tirtayasa 5, Cilegon", "081298765432", null,
                            "Surat kuasa khusus 12/SK/III/2026")))),
            entry(ClarificationRequested.class, new ClarificationRequested(REQUEST,
                    "Sebutkan jenjang sekolah yang dimaksud", PPID, Instant.parse("2026-03-17T03:00:00Z"))),
            entry(ClarificationProvided.class, new ClarificationProvided(REQUEST, "SMA dan SMK", Channel.SURAT, PPID,
                    Instant.parse("2026-03-25T03:00:00Z"), ClarificationPolicy.PAUSE,
                    CALENDAR.extend(NOTICE_DEADLINE, 1), InformationRequestStatus.DIPROSES)),
            entry(InformationRequestForwarded.class, new InformationRequestForwarded(REQUEST, UnitId.of("DISDIKBUD"),
                    "Mohon data penerima beasiswa 2026", PPID, Instant.parse("2026-03-17T02:00:00Z"))),
            entry(UnitInputRecorded.class, new UnitInputRecorded(REQUEST, UnitId.of("DISDIKBUD"),
                    "Data terlampir; alamat orang tua perlu dihitamkan", OfficerId.of("pelaksana-disdik"),
                    Instant.parse("2026-03-30T07:00:00Z"))),
            entry(NoticeDeadlineExtended.class, new NoticeDeadlineExtended(REQUEST, "Data tersebar di tiga bidang",
                    PPID, Instant.parse("2026-04-06T03:00:00Z"), CALENDAR.extend(NOTICE_DEADLINE, 7))),
            entry(WrittenNoticeSent.class, new WrittenNoticeSent(REQUEST, new WrittenNotice(true, null,
                    NoticeDecision.DIKABULKAN_SEBAGIAN, List.of(ExemptionGround.H_RAHASIA_PRIBADI),
                    new ConsequenceTest(List.of("SK Wali Kota 400.3/2026 lampiran II"),
                            "UU 14/2008 Pasal 17 huruf h; UU 27/2022 Pasal 4",
                            "Membuka alamat dan penghasilan orang tua merugikan privasi melebihi manfaatnya",
                            Period.ofYears(5)),
                    "Daftar penerima beasiswa daerah 2026",
                    List.of(new Redaction("Alamat dan penghasilan orang tua", ExemptionGround.H_RAHASIA_PRIBADI,
                            "Rahasia pribadi penerima")),
                    ObtainMethod.SALINAN_SOFTCOPY, "PDF, 4 halaman", DeliveryMethod.EMAIL,
                    new Cost(0, "Tidak dipungut biaya"), "pemberitahuan-tertulis/v1"),
                    PPID, Instant.parse("2026-04-09T03:00:00Z"), LocalDate.of(2026, 4, 7), true)),
            entry(InformationDelivered.class, new InformationDelivered(REQUEST, Instant.parse("2026-04-10T07:00:00Z"),
                    DeliveryMethod.DIAMBIL_LANGSUNG, PersonalData.of(DataSubjectId.of("subject-1"),
                            new Recipient("Rina Marlina", "pemohon")),
                    PPID, Instant.parse("2026-04-10T08:00:00Z"))),
            entry(DocumentReleased.class, new DocumentReleased(REQUEST, new ReleasedDocument(
                    "665f1c2e9b1e8a3d4c5b6a70", "daftar-penerima-beasiswa-2026.pdf", "application/pdf", 48_213,
                    "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"), PPID,
                    Instant.parse("2026-04-10T08:05:00Z"))),
            entry(ReleasedDocumentWithdrawn.class, new ReleasedDocumentWithdrawn(REQUEST, "665f1c2e9b1e8a3d4c5b6a70",
                    "daftar-penerima-beasiswa-2026.pdf", "NIK siswa belum dihitamkan", PPID,
                    Instant.parse("2026-04-10T09:00:00Z"))),
            entry(InformationRequestClosed.class, new InformationRequestClosed(REQUEST, PPID,
                    Instant.parse("2026-04-13T03:00:00Z"))),
            entry(InformationRequestWithdrawn.class, new InformationRequestWithdrawn(REQUEST,
                    "Sudah tidak diperlukan", Channel.WEB, null, Instant.parse("2026-03-26T03:00:00Z"))),
            entry(NoticeDeadlineMissed.class, new NoticeDeadlineMissed(REQUEST, LocalDate.of(2026, 4, 7),
                    Instant.parse("2026-04-07T17:05:00Z"))),
            entry(ObjectionFiled.class, new ObjectionFiled(REQUEST, ObjectionNumber.of(2026, 7),
                    ObjectionGround.C_TIDAK_DITANGGAPI, "Permohonan tidak ditanggapi sampai batas waktu", null,
                    Channel.DATANG_LANGSUNG, PPID, OBJECTION_RECEIVED, LocalDate.of(2026, 4, 7),
                    CALENDAR.workingDaysAfter(OBJECTION_RECEIVED, 30))),
            entry(ObjectionAnswered.class, new ObjectionAnswered(REQUEST, ObjectionNumber.of(2026, 7),
                    ObjectionOutcome.REJECTED, "Pemberitahuan telah disampaikan pada 9 April 2026",
                    OfficerId.of("atasan"), Instant.parse("2026-06-08T03:00:00Z"), false,
                    CALENDAR.workingDaysAfter(Instant.parse("2026-06-08T03:00:00Z"), 14))),
            entry(ObjectionAnswerDeadlineMissed.class, new ObjectionAnswerDeadlineMissed(REQUEST,
                    ObjectionNumber.of(2026, 7), LocalDate.of(2026, 6, 23),
                    CALENDAR.workingDaysAfter(Instant.parse("2026-06-22T17:00:00Z"), 14),
                    Instant.parse("2026-06-23T17:05:00Z"))),
            entry(DisputeFiled.class, new DisputeFiled(REQUEST, ObjectionNumber.of(2026, 7),
                    "Komisi Informasi Provinsi Banten", "012/REG-PSI/VI/2026", LocalDate.of(2026, 6, 15), PPID,
                    Instant.parse("2026-06-16T03:00:00Z"))),
            entry(DisputeStageRecorded.class, new DisputeStageRecorded(REQUEST, DisputeStage.MEDIASI_BERHASIL,
                    LocalDate.of(2026, 7, 20), "Termohon memberikan salinan tanpa alamat orang tua",
                    PPID, Instant.parse("2026-07-21T03:00:00Z"))),
            entry(InformationRequestAssigned.class, new InformationRequestAssigned(REQUEST, OfficerId.of("dewi"),
                    "Prioritaskan", OfficerId.of("supervisor"), Instant.parse("2026-03-17T02:00:00Z"))),
            entry(InformationRequestEscalated.class, new InformationRequestEscalated(REQUEST,
                    "Data ada di tiga OPD", PPID, Instant.parse("2026-03-18T02:00:00Z"))),
            // Filed on WhatsApp: the channel, and the number the citizen wrote from sealed with their identity.
            entry(ComplaintRegistered.class, new ComplaintRegistered(COMPLAINT, ComplaintNumber.of(2026, 42),
                    Channel.WHATSAPP, RECEIVED, PersonalData.of(DataSubjectId.of("subject-3"), new Complainant(
                            "Ahmad Fauzi 🙏", "3672011203880004", "+6281311112222", null, "Jl. Kemang 3, Cilegon")),
                    true, "Jalan berlubang di depan SDN Ciwaduk", "Lubang besar, sudah dua motor jatuh minggu ini",
                    ComplaintCategory.INFRASTRUKTUR, new Location("Cilegon", "Ciwaduk", -6.0123, 106.0456),
                    List.of(new Attachment("665f1c2e8a1b2c3d4e5f6a7b", "lubang.jpg", "image/jpeg", 183_204)),
                    "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae", null,
                    CALENDAR.workingDaysAfter(RECEIVED, 3))),
            entry(ComplainantAsked.class, new ComplainantAsked(COMPLAINT, "Di sisi jalan sebelah mana?", PPID,
                    Instant.parse("2026-03-17T03:00:00Z"))),
            entry(ComplainantAnswered.class, new ComplainantAnswered(COMPLAINT, "Sisi utara, dekat gerbang", null,
                    Instant.parse("2026-03-18T03:00:00Z"), CALENDAR.extend(CALENDAR.workingDaysAfter(RECEIVED, 3), 1))),
            entry(ComplaintVerified.class, new ComplaintVerified(COMPLAINT, "Kewenangan DPUTR", PPID,
                    Instant.parse("2026-03-18T04:00:00Z"), false)),
            entry(ComplaintRejected.class, new ComplaintRejected(COMPLAINT, RejectionReason.BUKAN_WEWENANG,
                    "Jaringan listrik dikelola PLN", "PLN UP3 Cilegon", PPID, Instant.parse("2026-03-17T05:00:00Z"))),
            entry(ComplaintMerged.class, new ComplaintMerged(COMPLAINT, ORIGINAL_COMPLAINT,
                    ComplaintNumber.of(2026, 40), PPID, Instant.parse("2026-03-17T06:00:00Z"))),
            entry(DuplicateAttached.class, new DuplicateAttached(ORIGINAL_COMPLAINT, COMPLAINT,
                    ComplaintNumber.of(2026, 42), "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
                    Instant.parse("2026-03-17T06:00:00Z"))),
            entry(ComplaintConverted.class, new ComplaintConverted(COMPLAINT, REQUEST, RegistrationNumber.of(2026, 124),
                    "Yang diminta adalah salinan dokumen kontrak", PPID, Instant.parse("2026-03-17T07:00:00Z"))),
            entry(ComplaintDisposed.class, new ComplaintDisposed(COMPLAINT, List.of(new UnitFollowUp(
                    UnitId.of("DPUTR"), CALENDAR.workingDaysAfter(Instant.parse("2026-03-18T05:00:00Z"), 5))),
                    "Mohon ditinjau dan ditambal", PPID, Instant.parse("2026-03-18T05:00:00Z"))),
            entry(DispositionAccepted.class, new DispositionAccepted(COMPLAINT, UnitId.of("DPUTR"),
                    OfficerId.of("pelaksana-dputr"), Instant.parse("2026-03-18T07:00:00Z"))),
            entry(DispositionReturned.class, new DispositionReturned(COMPLAINT, UnitId.of("DISHUB"),
                    "Bukan ruas jalan kota", OfficerId.of("pelaksana-dishub"), Instant.parse("2026-03-18T07:30:00Z"))),
            entry(ProgressRecorded.class, new ProgressRecorded(COMPLAINT, UnitId.of("DPUTR"),
                    "Tim meninjau lokasi besok pagi", OfficerId.of("pelaksana-dputr"),
                    Instant.parse("2026-03-19T02:00:00Z"))),
            entry(ComplaintAnswered.class, new ComplaintAnswered(COMPLAINT, UnitId.of("DPUTR"),
                    "Lubang sudah ditambal pada 20 Maret 2026", OfficerId.of("pelaksana-dputr"),
                    Instant.parse("2026-03-20T09:00:00Z"),
                    CALENDAR.workingDaysAfter(Instant.parse("2026-03-20T09:00:00Z"), 10))),
            entry(VerdictGiven.class, new VerdictGiven(COMPLAINT, false, 2, "Tambalan sudah retak lagi",
                    Instant.parse("2026-03-23T03:00:00Z"))),
            entry(ComplaintReopened.class, new ComplaintReopened(COMPLAINT, "Tambalan sudah retak lagi", 1,
                    List.of(new UnitFollowUp(UnitId.of("DPUTR"),
                            CALENDAR.workingDaysAfter(Instant.parse("2026-03-23T03:00:00Z"), 5))),
                    Instant.parse("2026-03-23T03:00:00Z"))),
            entry(ComplaintClosed.class, new ComplaintClosed(COMPLAINT, true, Instant.parse("2026-04-06T17:05:00Z"))),
            entry(VerificationDeadlineMissed.class, new VerificationDeadlineMissed(COMPLAINT,
                    LocalDate.of(2026, 3, 19), Instant.parse("2026-03-19T17:05:00Z"))),
            entry(FollowUpDeadlineMissed.class, new FollowUpDeadlineMissed(COMPLAINT, UnitId.of("DPUTR"),
                    LocalDate.of(2026, 3, 25), Instant.parse("2026-03-25T17:05:00Z"))),
            entry(ComplaintAssigned.class, new ComplaintAssigned(COMPLAINT, PPID, null, OfficerId.of("supervisor"),
                    Instant.parse("2026-03-18T08:00:00Z"))),
            entry(ComplaintEscalated.class, new ComplaintEscalated(COMPLAINT, "DPUTR tidak merespons", PPID,
                    Instant.parse("2026-03-26T02:00:00Z"))),
            entry(MediaIssueLogged.class, new MediaIssueLogged(MEDIA_ISSUE, MediaIssueNumber.of(2026, 7), ARTICLE,
                    IssueOrigin.UMPAN_BERITA, "Radar Banten", null, RECEIVED, CALENDAR.workingDaysAfter(RECEIVED, 1))),
            entry(MediaIssueTriaged.class, new MediaIssueTriaged(MEDIA_ISSUE, "Banjir dan drainase", Sentiment.NEGATIF,
                    IssueUrgency.KRISIS, UnitId.of("DPUTR"), List.of("ADUAN/2026/000042"), MEDIA, RECEIVED,
                    CALENDAR.workingDaysAfter(RECEIVED, 1))),
            entry(UnitClarificationRequested.class, new UnitClarificationRequested(MEDIA_ISSUE, UnitId.of("DPUTR"),
                    "Berapa titik genangan?", Instant.parse("2026-03-17T05:00:00Z"), MEDIA, RECEIVED)),
            entry(UnitClarificationReceived.class, new UnitClarificationReceived(MEDIA_ISSUE, UnitId.of("DPUTR"),
                    "Tiga titik", OfficerId.of("pelaksana-dputr"), Instant.parse("2026-03-17T04:00:00Z"), false)),
            entry(MediaResponseDrafted.class, new MediaResponseDrafted(MEDIA_ISSUE, 2, ResponseKind.HAK_JAWAB,
                    "Hak jawab Pemkot Cilegon", "Pemkot menanggapi berita tanggal 16 Maret…", MEDIA, RECEIVED)),
            entry(MediaResponseSubmitted.class, new MediaResponseSubmitted(MEDIA_ISSUE, 2, MEDIA, RECEIVED)),
            entry(MediaResponseApproved.class, new MediaResponseApproved(MEDIA_ISSUE, 2, null,
                    OfficerId.of("supervisor"), RECEIVED)),
            entry(MediaResponseRejected.class, new MediaResponseRejected(MEDIA_ISSUE, 1, "Lengkapi data",
                    OfficerId.of("supervisor"), RECEIVED)),
            entry(MediaResponsePublished.class, new MediaResponsePublished(MEDIA_ISSUE, 2, "Radar Banten", RECEIVED,
                    null, MEDIA, RECEIVED, true)),
            entry(MonitoringNoted.class, new MonitoringNoted(MEDIA_ISSUE, "Hak jawab dimuat 😊", MEDIA, RECEIVED)),
            entry(MediaIssueClosed.class, new MediaIssueClosed(MEDIA_ISSUE, "Mereda", true, MEDIA, RECEIVED)),
            entry(MediaIssueMerged.class, new MediaIssueMerged(MEDIA_ISSUE, MediaIssueId.of("isu-asal"),
                    MediaIssueNumber.of(2026, 6), MEDIA, RECEIVED)),
            entry(MediaDuplicateAttached.class, new MediaDuplicateAttached(MEDIA_ISSUE, MediaIssueId.of("isu-ganda"),
                    MediaIssueNumber.of(2026, 8), ARTICLE, RECEIVED)),
            entry(MediaIssueReferred.class, new MediaIssueReferred(MEDIA_ISSUE, ReferralKind.PERMOHONAN, "req-9",
                    "PPID/2026/000009", "Wartawan meminta dokumen", MEDIA, RECEIVED)),
            entry(MediaIssueAssigned.class, new MediaIssueAssigned(MEDIA_ISSUE, MEDIA, "Pantau", OfficerId.of(
                    "supervisor"), RECEIVED)),
            entry(MediaDeadlineMissed.class, new MediaDeadlineMissed(MEDIA_ISSUE, MediaDeadlineMissed.Stage.TANGGAPAN,
                    LocalDate.of(2026, 3, 17), RECEIVED)),
            entry(InformationListed.class, new InformationListed(LISTED, ListedInformationNumber.of(2026, 4),
                    DESCRIPTION, PPID, RECEIVED)),
            entry(ListedInformationUpdated.class, new ListedInformationUpdated(LISTED, DESCRIPTION, true, PPID,
                    RECEIVED)),
            entry(InformationExempted.class, new InformationExempted(LISTED, new Exemption(
                    List.of(ExemptionGround.A_PENEGAKAN_HUKUM, ExemptionGround.H_RAHASIA_PRIBADI),
                    new ConsequenceTest(List.of("Berkas penyidikan 12/2026"), "UU 14/2008 Pasal 17 huruf a",
                            "Menghambat penyidikan", Period.ofYears(2)), "188.45/12-PPID/2026",
                    LocalDate.of(2026, 3, 16)), true, PPID, RECEIVED)),
            entry(ExemptionReviewDue.class, new ExemptionReviewDue(LISTED, LocalDate.of(2028, 3, 16), RECEIVED)),
            entry(ExemptionLifted.class, new ExemptionLifted(LISTED, "Putusan KI Banten", PPID, RECEIVED)),
            entry(ExemptionEnded.class, new ExemptionEnded(LISTED, LocalDate.of(2028, 3, 16), RECEIVED)),
            entry(ListedInformationWithdrawn.class, new ListedInformationWithdrawn(LISTED, "Diserahkan ke arsip",
                    PPID, RECEIVED)),
            entry(OpinionCorrected.class, new OpinionCorrected(OpinionSignalId.forCase("c-1"), SignalSource.PENGADUAN,
                    "c-1", "JALAN", Sentiment.NEGATIF, "sindiran", MEDIA, RECEIVED)),
            entry(OpinionAlertRaised.class, new OpinionAlertRaised(OpinionAlertId.of(LocalDate.of(2026, 3, 17),
                    AlertDimension.KECAMATAN, "Ciwandan"), LocalDate.of(2026, 3, 17), AlertDimension.KECAMATAN,
                    "Ciwandan", 9, 1.5, RECEIVED)),
            entry(SubjectDataExported.class, new SubjectDataExported(DataSubjectRequestId.of("pdp-1"), PEOPLE,
                    "Surat 12/PDP/XI/2026", "diminta lewat surel", MEDIA, RECEIVED)),
            entry(DataSubjectsErased.class, new DataSubjectsErased(DataSubjectRequestId.of("pdp-1"), PEOPLE,
                    RequestBasis.PERMINTAAN_SUBJEK, "Surat 12/PDP/XI/2026", null, MEDIA, RECEIVED)));

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
