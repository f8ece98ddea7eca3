package id.go.cilegon.sigap.webapp.informationrequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.go.cilegon.sigap.command.informationrequest.api.DeliveryMethod;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestStatus;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionGround;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionNumber;
import id.go.cilegon.sigap.command.informationrequest.api.ObtainMethod;
import id.go.cilegon.sigap.command.informationrequest.api.ReleasedDocument;
import id.go.cilegon.sigap.command.informationrequest.api.Requester;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.calendar.Deadline;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.query.informationrequest.api.CaseFile;
import id.go.cilegon.sigap.query.informationrequest.api.CaseFile.ObjectionFile;
import id.go.cilegon.sigap.query.informationrequest.api.TimelineEntry;
import id.go.cilegon.sigap.webapp.informationrequest.CitizenCaseView.Happening;
import id.go.cilegon.sigap.webapp.shared.documents.Chronologies.Event;
import id.go.cilegon.sigap.webapp.shared.documents.Chronologies.Period;
import id.go.cilegon.sigap.webapp.shared.documents.Chronologies.Verdict;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The chronology's arithmetic on the shipped 2026 calendar: hari kerja per event and each period's verdict. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CaseChronologyTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.standard(WIB, LocalTime.of(16, 0));
    private static final Requester REQUESTER = new Requester("Rina Marlina", Requester.IdentityKind.NIK,
            "3672014101900005", "Jl. Sultan Ageng Tirtayasa 10", "081234567890", null, "Guru");

    private static Instant wib(int month, int day, int hour) {
        return LocalDateTime.of(2026, month, day, hour, 0).atZone(WIB).toInstant();
    }

    /** A request received at {@code receivedAt} with the given notice, objection and status; nothing else. */
    private static CaseFile file(Instant receivedAt, InformationRequestStatus status, Deadline noticeDeadline,
            Instant noticeSentAt, boolean noticeLate, ObjectionFile objection) {
        return file(receivedAt, status, noticeDeadline, noticeSentAt, noticeLate, objection, List.of());
    }

    private static CaseFile file(Instant receivedAt, InformationRequestStatus status, Deadline noticeDeadline,
            Instant noticeSentAt, boolean noticeLate, ObjectionFile objection, List<ReleasedDocument> documents) {
        return new CaseFile("kasus-1", "PPID/2026/000001", status, Channel.WEB, receivedAt, REQUESTER, null,
                "Daftar penerima beasiswa daerah 2026", "Pengawasan", ObtainMethod.SALINAN_SOFTCOPY,
                DeliveryMethod.EMAIL, noticeDeadline, !noticeDeadline.extensions().isEmpty(), null, null, null, null,
                noticeSentAt, noticeLate, false, false, null, documents, objection, null, List.of(), null, 3);
    }

    private static TimelineEntry entry(long sequence, Instant at, String actor) {
        return new TimelineEntry("kasus-1", sequence, at, "Event" + sequence, actor, actor == null ? Channel.WEB : null,
                Map.of(), true);
    }

    private static CaseChronology chronology(CaseFile file, List<TimelineEntry> timeline, Instant printedAt) {
        List<Happening> happenings = timeline.stream()
                .map(entry -> new Happening(entry.at(), "", entry.event(), "Peristiwa " + entry.sequence(), null))
                .toList();
        return CaseChronology.of(file, timeline, happenings, Map.of("petugas-1", "Siti Rahmawati"), "Siti Rahmawati",
                printedAt, CALENDAR);
    }

    private static Period period(CaseChronology chronology, String kind) {
        return chronology.periods().stream().filter(period -> period.kind().equals(kind)).findFirst().orElseThrow();
    }

    @Test
    void each_event_counts_the_hari_kerja_since_receipt_without_weekends_or_the_christmas_holidays() {
        Instant received = wib(12, 17, 10);
        CaseFile file = file(received, InformationRequestStatus.DITERIMA, CALENDAR.workingDaysAfter(received, 10),
                null, false, null);
        List<TimelineEntry> timeline = List.of(entry(0, received, null), entry(1, wib(12, 19, 9), "petugas-1"),
                entry(2, wib(12, 28, 14), "petugas-lama"));

        CaseChronology chronology = chronology(file, timeline, wib(12, 28, 15));

        assertThat(chronology.events()).extracting(Event::number, Event::date, Event::time, Event::workingDay)
                .containsExactly(
                        tuple(1, "17 Desember 2026", "10.00", 0),
                        tuple(2, "19 Desember 2026", "09.00", 1),
                        tuple(3, "28 Desember 2026", "14.00", 5));
        assertThat(chronology.events()).extracting(Event::officer, Event::citizen)
                .containsExactly(tuple(null, "WEB"),
                        tuple("Siti Rahmawati", null),
                        tuple("petugas-lama", null));
        assertThat(chronology.requesterName()).isEqualTo("Rina Marlina");
        assertThat(chronology.effectiveReceipt()).isEqualTo("17 Desember 2026");
        assertThat(chronology.periods()).extracting(Period::kind).containsExactly("NOTICE");
        assertThat(period(chronology, "NOTICE").verdict()).isEqualTo(Verdict.RUNNING);
    }

    @Test
    void a_notice_sent_after_its_extended_period_is_late_on_its_nineteenth_hari_kerja() {
        Instant received = wib(11, 2, 9);
        Deadline extended = CALENDAR.extend(CALENDAR.workingDaysAfter(received, 10), 7);
        CaseFile file = file(received, InformationRequestStatus.DITOLAK_DIKECUALIKAN, extended, wib(11, 27, 10),
                true, null);

        Period notice = period(chronology(file, List.of(), wib(11, 30, 9)), "NOTICE");

        assertThat(notice.dueOn()).isEqualTo("25 November 2026");
        assertThat(notice.periodDays()).isEqualTo(17);
        assertThat(notice.extended()).isEqualTo(7);
        assertThat(notice.metOn()).isEqualTo("27 November 2026, 10.00");
        assertThat(notice.verdict()).isEqualTo(Verdict.LATE);
        assertThat(notice.dayMet()).isEqualTo(19);
        assertThat(notice.daysLeft()).isNull();
    }

    @Test
    void a_notice_still_due_counts_what_is_left_and_a_withdrawal_stops_the_clock_rather_than_lapsing_it() {
        Instant received = wib(11, 2, 9);
        Deadline deadline = CALENDAR.workingDaysAfter(received, 10);

        Period running = period(chronology(file(received, InformationRequestStatus.DITERIMA, deadline, null, false,
                null), List.of(), wib(11, 12, 9)), "NOTICE");
        Period lapsed = period(chronology(file(received, InformationRequestStatus.DITERIMA, deadline, null, false,
                null), List.of(), wib(11, 17, 9)), "NOTICE");
        Period withdrawn = period(chronology(file(received, InformationRequestStatus.DIBATALKAN, deadline, null, false,
                null), List.of(), wib(11, 17, 9)), "NOTICE");

        assertThat(running.verdict()).isEqualTo(Verdict.RUNNING);
        assertThat(running.daysLeft()).as("13, 16 November").isEqualTo(2);
        assertThat(lapsed.verdict()).isEqualTo(Verdict.LAPSED);
        assertThat(withdrawn.verdict()).isEqualTo(Verdict.WITHDRAWN);
        assertThat(withdrawn.daysLeft()).isNull();
    }

    @Test
    void an_unanswered_keberatan_is_a_recorded_breach_and_the_requesters_sengketa_period_runs() {
        Instant received = wib(9, 1, 9);
        Instant objected = wib(9, 20, 9);
        ObjectionFile objection = new ObjectionFile(ObjectionNumber.of(2026, 4), ObjectionGround.A_PENOLAKAN_PASAL_17,
                "Bukan rahasia pribadi", Channel.WEB, objected, LocalDate.of(2026, 9, 10),
                CALENDAR.workingDaysAfter(objected, 30), null, null, null, false, true,
                CALENDAR.workingDaysAfter(wib(11, 2, 0), 14));
        CaseFile file = file(received, InformationRequestStatus.KEBERATAN_DIAJUKAN,
                CALENDAR.workingDaysAfter(received, 10), wib(9, 10, 9), false, objection);

        CaseChronology chronology = chronology(file, List.of(), wib(11, 4, 9));

        assertThat(chronology.periods()).extracting(Period::kind)
                .containsExactly("NOTICE", "OBJECTION_ANSWER", "DISPUTE");
        assertThat(period(chronology, "NOTICE").verdict()).isEqualTo(Verdict.ON_TIME);
        assertThat(period(chronology, "NOTICE").dayMet()).as("2–4, 7–10 September").isEqualTo(7);
        Period answer = period(chronology, "OBJECTION_ANSWER");
        assertThat(answer.subject()).isEqualTo(ObjectionNumber.of(2026, 4).value());
        assertThat(answer.verdict()).isEqualTo(Verdict.LAPSED);
        assertThat(answer.breachRecorded()).isTrue();
        Period dispute = period(chronology, "DISPUTE");
        assertThat(dispute.verdict()).isEqualTo(Verdict.RUNNING);
        assertThat(dispute.daysLeft()).isEqualTo(CALENDAR.workingDaysUntil(LocalDate.of(2026, 11, 4),
                CALENDAR.workingDaysAfter(wib(11, 2, 0), 14).dueDate()));
        assertThat(dispute.breachRecorded()).isFalse();
    }

    @Test
    void a_file_given_to_the_requester_is_listed_with_when_it_was_released_and_its_fingerprint() {
        Instant received = wib(11, 2, 9);
        ReleasedDocument list = new ReleasedDocument("665f1c2e9b1e8a3d4c5b6a70", "daftar.pdf", "application/pdf",
                48_213, "ab".repeat(32));
        CaseFile file = file(received, InformationRequestStatus.DIKABULKAN_SELURUHNYA,
                CALENDAR.workingDaysAfter(received, 10), wib(11, 5, 9), false, null, List.of(list));
        TimelineEntry release = new TimelineEntry("kasus-1", 2, wib(11, 5, 10), "DocumentReleased", "petugas-1",
                null, Map.of("documentId", list.documentId(), "fileName", "daftar.pdf"), true);

        CaseChronology chronology = chronology(file, List.of(entry(0, received, null), release), wib(11, 6, 9));

        assertThat(chronology.files()).containsExactly(
                new CaseChronology.File("daftar.pdf", "48 KB", "ab".repeat(32), "5 November 2026, 10.00"));
    }
}
