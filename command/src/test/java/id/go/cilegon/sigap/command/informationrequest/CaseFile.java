package id.go.cilegon.sigap.command.informationrequest;

import id.go.cilegon.sigap.command.informationrequest.api.ClarificationPolicy;
import id.go.cilegon.sigap.command.informationrequest.api.ClarificationProvided;
import id.go.cilegon.sigap.command.informationrequest.api.ClarificationRequested;
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
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionAnswered;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionFiled;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionGround;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionNumber;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionOutcome;
import id.go.cilegon.sigap.command.informationrequest.api.ObtainMethod;
import id.go.cilegon.sigap.command.informationrequest.api.Recipient;
import id.go.cilegon.sigap.command.informationrequest.api.Redaction;
import id.go.cilegon.sigap.command.informationrequest.api.RegistrationNumber;
import id.go.cilegon.sigap.command.informationrequest.api.Requester;
import id.go.cilegon.sigap.command.informationrequest.api.WrittenNotice;
import id.go.cilegon.sigap.command.informationrequest.api.WrittenNoticeSent;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.RegisterSequence;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.command.shared.api.calendar.Deadline;
import id.go.cilegon.sigap.command.shared.api.personaldata.DataSubjectId;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

/**
 * One request's case file for the lifecycle tests, on the real 2026 calendar: received Monday 16 March 2026 at
 * 10:00 WIB, in the week of Nyepi and Idulfitri, so its notice is due Tuesday 7 April 2026 (ADR 0004). The events
 * here are the ones most tests start from; the values a test is about stay visible in the test itself.
 */
final class CaseFile {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.standard(WIB, LocalTime.of(16, 0));

    static final InformationRequestId ID = InformationRequestId.of("req-1");
    static final Instant RECEIVED = wib(2026, 3, 16, 10, 0);
    /** Day 1 is Tue 17 Mar; 18–24 Mar are Nyepi, Idulfitri, cuti bersama and a weekend; 3 Apr is Good Friday. */
    static final Deadline NOTICE_DEADLINE = CALENDAR.workingDaysAfter(RECEIVED, 10);

    static final OfficerId PPID = OfficerId.of("petugas");
    static final OfficerId ATASAN = OfficerId.of("atasan");
    static final OfficerId PELAKSANA = OfficerId.of("pelaksana-disdik");
    static final UnitId DISDIK = UnitId.of("DISDIKBUD");
    static final UnitId BAPPEDA = UnitId.of("BAPPEDA");

    static final PersonalData<Requester> RINA = PersonalData.of(DataSubjectId.of("subject-1"),
            new Requester("Rina Marlina", Requester.IdentityKind.NIK, "3672014101900005", "Jl. Merdeka 1",
                    "081234567890", null, "Guru"));
    static final PersonalData<Recipient> RINA_RECEIVED = PersonalData.of(DataSubjectId.of("subject-1"),
            new Recipient("Rina Marlina", "pemohon"));

    private CaseFile() {
    }

    /** An instant on the office's wall clock. */
    static Instant wib(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(WIB).toInstant();
    }

    /** A fixture whose clock stands at {@code now}, with the clarification policy the installation default. */
    static FixtureConfiguration<InformationRequest> at(Instant now) {
        return at(now, ClarificationPolicy.PAUSE, new InMemoryRegisters());
    }

    static FixtureConfiguration<InformationRequest> at(Instant now, ClarificationPolicy policy) {
        return at(now, policy, new InMemoryRegisters());
    }

    static FixtureConfiguration<InformationRequest> at(Instant now, InMemoryRegisters registers) {
        return at(now, ClarificationPolicy.PAUSE, registers);
    }

    private static FixtureConfiguration<InformationRequest> at(
            Instant now, ClarificationPolicy policy, RegisterSequence registers) {
        FixtureConfiguration<InformationRequest> fixture = new AggregateTestFixture<>(InformationRequest.class);
        fixture.registerInjectableResource(Clock.fixed(now, WIB));
        fixture.registerInjectableResource(CALENDAR);
        fixture.registerInjectableResource(policy);
        fixture.registerInjectableResource(registers);
        return fixture;
    }


    // ------------------------------------------------------------------------------------------------ events

    static InformationRequestRegistered registered() {
        return new InformationRequestRegistered(ID, RegistrationNumber.of(2026, 1), Channel.WEB, RECEIVED, RINA,
                "Daftar penerima beasiswa daerah 2026", "Penelitian", ObtainMethod.SALINAN_SOFTCOPY,
                DeliveryMethod.EMAIL, "hash-of-tracking-code", NOTICE_DEADLINE, null);
    }

    static ClarificationRequested clarificationRequested(Instant at) {
        return new ClarificationRequested(ID, "Sebutkan jenjang sekolah yang dimaksud", PPID, at);
    }

    static ClarificationProvided clarificationProvided(Instant at, Deadline deadline) {
        return new ClarificationProvided(ID, "SMA dan SMK", Channel.WEB, null, at, ClarificationPolicy.PAUSE,
                deadline, InformationRequestStatus.DITERIMA);
    }

    static InformationRequestForwarded forwarded(UnitId unit, Instant at) {
        return new InformationRequestForwarded(ID, unit, "Mohon data penerima beasiswa 2026", PPID, at);
    }

    static NoticeDeadlineExtended extended(Instant at) {
        return new NoticeDeadlineExtended(ID, "Data tersebar di tiga bidang", PPID, at,
                CALENDAR.extend(NOTICE_DEADLINE, 7));
    }

    static WrittenNoticeSent noticeSent(WrittenNotice notice, Instant at) {
        LocalDate due = NOTICE_DEADLINE.dueDate();
        return new WrittenNoticeSent(ID, notice, PPID, at, due, LocalDate.ofInstant(at, WIB).isAfter(due));
    }

    static InformationDelivered delivered(Instant at) {
        return new InformationDelivered(ID, at, DeliveryMethod.EMAIL, RINA_RECEIVED, PPID, at);
    }

    static InformationRequestClosed closed(Instant at) {
        return new InformationRequestClosed(ID, PPID, at);
    }

    static InformationRequestWithdrawn withdrawn(Instant at) {
        return new InformationRequestWithdrawn(ID, "Sudah tidak diperlukan", Channel.WEB, null, at);
    }

    static NoticeDeadlineMissed noticeDeadlineMissed(Instant at) {
        return new NoticeDeadlineMissed(ID, NOTICE_DEADLINE.dueDate(), at);
    }

    static ObjectionFiled objectionFiled(ObjectionGround ground, LocalDate groundAroseOn, Instant at) {
        return new ObjectionFiled(ID, ObjectionNumber.of(2026, 1), ground, "Informasi tidak diberikan", null,
                Channel.WEB, null, at, groundAroseOn, CALENDAR.workingDaysAfter(at, 30));
    }

    static ObjectionAnswered objectionAnswered(ObjectionOutcome outcome, Instant at, boolean late) {
        return new ObjectionAnswered(ID, ObjectionNumber.of(2026, 1), outcome, "Alasan tertulis Atasan PPID",
                ATASAN, at, late, CALENDAR.workingDaysAfter(at, 14));
    }

    static DisputeFiled disputeFiled(LocalDate on) {
        return new DisputeFiled(ID, ObjectionNumber.of(2026, 1), "Komisi Informasi Provinsi Banten",
                "012/REG-PSI/VI/2026", on, PPID, on.atTime(10, 0).atZone(WIB).toInstant());
    }

    static DisputeStageRecorded stageRecorded(DisputeStage stage, LocalDate on) {
        return new DisputeStageRecorded(ID, stage, on, null, PPID, on.atTime(15, 0).atZone(WIB).toInstant());
    }

    // ------------------------------------------------------------------------------------------------ notices

    static WrittenNotice grantedInFull(Cost cost) {
        return new WrittenNotice(true, null, NoticeDecision.DIKABULKAN_SELURUHNYA, List.of(), null,
                "Daftar penerima beasiswa daerah 2026 (tanpa NIK)", List.of(), ObtainMethod.SALINAN_SOFTCOPY,
                "PDF, 4 halaman", DeliveryMethod.EMAIL, cost, "pemberitahuan-tertulis/v1");
    }

    static WrittenNotice grantedInFull() {
        return grantedInFull(new Cost(0, "Tidak dipungut biaya"));
    }

    static ConsequenceTest consequenceTest() {
        return new ConsequenceTest(List.of("SK Wali Kota 400.3/2026 lampiran II"),
                "UU 14/2008 Pasal 17 huruf h; UU 27/2022 Pasal 4", "Membuka alamat dan penghasilan orang tua "
                        + "penerima merugikan privasi mereka melebihi manfaatnya bagi publik",
                Period.ofYears(5));
    }

    static WrittenNotice partlyGranted() {
        return new WrittenNotice(true, null, NoticeDecision.DIKABULKAN_SEBAGIAN,
                List.of(ExemptionGround.H_RAHASIA_PRIBADI), consequenceTest(),
                "Daftar penerima beasiswa daerah 2026", List.of(new Redaction("Alamat dan penghasilan orang tua",
                        ExemptionGround.H_RAHASIA_PRIBADI, "Rahasia pribadi penerima")),
                ObtainMethod.SALINAN_SOFTCOPY, "PDF, 4 halaman", DeliveryMethod.EMAIL,
                new Cost(0, "Tidak dipungut biaya"), "pemberitahuan-tertulis/v1");
    }

    static WrittenNotice refusedAsExempt() {
        return new WrittenNotice(true, null, NoticeDecision.DITOLAK_DIKECUALIKAN,
                List.of(ExemptionGround.H_RAHASIA_PRIBADI), consequenceTest(), null, List.of(), null, null, null,
                null, "pemberitahuan-tertulis/v1");
    }

    /** A one-line notice of a decision that needs nothing beyond the decision itself. */
    static WrittenNotice notHeld(NoticeDecision decision, String holdingBody) {
        return new WrittenNotice(false, holdingBody, decision, List.of(), null, null, List.of(), null, null, null,
                null, "pemberitahuan-tertulis/v1");
    }

    /** The register counter the database keeps, held in memory for the fixture. */
    static final class InMemoryRegisters implements RegisterSequence {
        final Map<String, Long> issued = new HashMap<>();

        @Override
        public long next(String register, int year) {
            return issued.merge(register + "/" + year, 1L, Long::sum);
        }
    }
}
