package id.go.cilegon.sigap.webapp.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.cilegon.sigap.command.complaint.api.ComplaintCategory;
import id.go.cilegon.sigap.command.complaint.api.ComplaintStatus;
import id.go.cilegon.sigap.command.informationrequest.api.DeliveryMethod;
import id.go.cilegon.sigap.command.informationrequest.api.DisputeStage;
import id.go.cilegon.sigap.command.informationrequest.api.ExemptionGround;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestStatus;
import id.go.cilegon.sigap.command.informationrequest.api.NoticeDecision;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionGround;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionOutcome;
import id.go.cilegon.sigap.command.informationrequest.api.ObtainMethod;
import id.go.cilegon.sigap.command.mediaissue.api.IssueOrigin;
import id.go.cilegon.sigap.command.mediaissue.api.IssueUrgency;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueStatus;
import id.go.cilegon.sigap.command.mediaissue.api.MediaKind;
import id.go.cilegon.sigap.command.mediaissue.api.MediaSource;
import id.go.cilegon.sigap.command.mediaissue.api.ResponseKind;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.Sentiment;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.query.complaint.api.ReportedComplaint;
import id.go.cilegon.sigap.query.informationrequest.register.api.ObjectionRegisterEntry;
import id.go.cilegon.sigap.query.informationrequest.register.api.RequestRegisterEntry;
import id.go.cilegon.sigap.query.mediaissue.api.MediaIssueFile;
import id.go.cilegon.sigap.webapp.shared.FieldMessages;
import id.go.cilegon.sigap.webapp.support.BundledMessages;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The yearly figures computed by hand for a fixed set of cases around Nyepi and Idulfitri 2026, when 18–24 March are
 * days off: a count is the list of cases behind it, and hari kerja skip the holidays.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AnnualReportBuilderTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.standard(WIB, LocalTime.of(16, 0));

    private final AnnualReportBuilder builder = new AnnualReportBuilder(CALENDAR, new FieldMessages(
            BundledMessages.source("messages", "messages-case", "messages-register", "messages-complaint",
                    "messages-report", "messages-media")));

    private static Instant wib(int month, int day, int hour) {
        return LocalDateTime.of(2026, month, day, hour, 0).atZone(WIB).toInstant();
    }

    private static RequestRegisterEntry request(int number, Instant received, NoticeDecision decision,
            Instant noticeSent, boolean late, boolean extended, List<ExemptionGround> grounds, Instant withdrawn) {
        return new RequestRegisterEntry("r-" + number, 2026, "PPID/2026/%06d".formatted(number), received, Channel.WEB,
                null, null, null, null, null, "Informasi " + number, null, ObtainMethod.SALINAN_SOFTCOPY,
                DeliveryMethod.EMAIL, null, extended, decision, decision == null ? null : true, null, grounds, null,
                null, null, null, noticeSent, late, false, null, InformationRequestStatus.DITERIMA, null, withdrawn,
                null);
    }

    /** A request whose notice fell due unsent: the breach is on record. */
    private static RequestRegisterEntry overdue(int number, Instant received) {
        return new RequestRegisterEntry("r-" + number, 2026, "PPID/2026/%06d".formatted(number), received, Channel.WEB,
                null, null, null, null, null, "Informasi " + number, null, ObtainMethod.SALINAN_SOFTCOPY,
                DeliveryMethod.EMAIL, null, false, null, null, null, List.of(), null, null, null, null, null, false,
                true, null, InformationRequestStatus.DITERIMA, null, null, null);
    }

    private static ObjectionRegisterEntry objection(int number, ObjectionGround ground, ObjectionOutcome outcome,
            DisputeStage stage) {
        return new ObjectionRegisterEntry("KEBERATAN/2026/%06d".formatted(number), "r-" + number, 2026,
                "PPID/2026/%06d".formatted(number), wib(5, 4, 9), Channel.WEB, null, null, null, null, null, null,
                ground, null, null, LocalDate.of(2026, 6, 16), outcome, null, null, null, false, false, null, null,
                null, stage, null, null, InformationRequestStatus.KEBERATAN_DIAJUKAN);
    }

    private static ReportedComplaint complaint(int number, ComplaintCategory category, ComplaintStatus status,
            Instant verified, List<Integer> ratings) {
        return new ReportedComplaint("c-" + number, "ADUAN/2026/%06d".formatted(number), category, status,
                number == 3, wib(11, 2, 10), LocalDate.of(2026, 11, 5), verified, false, ratings, 0,
                List.of(), null);
    }

    private AnnualReport report() {
        List<RequestRegisterEntry> requests = List.of(
                // Mon 16 Mar 10:00; notice Wed 25 Mar: Tue 17, then 18–24 off, Wed 25 = 2 hari kerja.
                request(1, wib(3, 16, 10), NoticeDecision.DIKABULKAN_SELURUHNYA, wib(3, 25, 10), false, false,
                        List.of(), null),
                // Mon 2 Nov 10:00; notice Fri 6 Nov = 4 hari kerja.
                request(2, wib(11, 2, 10), NoticeDecision.DIKABULKAN_SEBAGIAN, wib(11, 6, 10), false, false,
                        List.of(ExemptionGround.H_RAHASIA_PRIBADI), null),
                // Tue 3 Nov 17:00 counts from Wed 4 Nov; notice Thu 26 Nov = 16 hari kerja, late, extended.
                request(3, wib(11, 3, 17), NoticeDecision.DITOLAK_DIKECUALIKAN, wib(11, 26, 10), true, true,
                        List.of(ExemptionGround.H_RAHASIA_PRIBADI, ExemptionGround.A_PENEGAKAN_HUKUM), null),
                request(4, wib(11, 9, 10), null, null, false, false, List.of(), null),
                request(5, wib(11, 10, 10), null, null, false, false, List.of(), wib(11, 11, 10)));
        List<ObjectionRegisterEntry> objections = List.of(
                objection(2, ObjectionGround.A_PENOLAKAN_PASAL_17, ObjectionOutcome.REJECTED, DisputeStage.MEDIASI),
                objection(3, ObjectionGround.A_PENOLAKAN_PASAL_17, null, null));
        List<ReportedComplaint> complaints = List.of(
                complaint(1, ComplaintCategory.INFRASTRUKTUR, ComplaintStatus.SELESAI, wib(11, 3, 9), List.of(2, 4)),
                complaint(2, ComplaintCategory.INFRASTRUKTUR, ComplaintStatus.DITERIMA, null, List.of()),
                complaint(3, ComplaintCategory.APARATUR, ComplaintStatus.DITINDAKLANJUTI, wib(11, 9, 9), List.of()));
        return builder.build(2026, requests, objections, complaints, mediaIssues(), Locale.forLanguageTag("id"));
    }

    private static List<MediaIssueFile> mediaIssues() {
        return List.of(
                // Triaged Mon 2 Nov, hak jawab out Thu 5 Nov = 3 hari kerja, in time.
                mediaIssue(1, IssueUrgency.SEDANG, wib(11, 2, 10), ResponseKind.HAK_JAWAB, wib(11, 5, 10), false,
                        null),
                // Triaged Tue 17 Mar, press release Wed 25 Mar: 18–24 Mar are off, so 1 hari kerja; recorded late.
                mediaIssue(2, IssueUrgency.KRISIS, wib(3, 17, 10), ResponseKind.SIARAN_PERS, wib(3, 25, 10), true,
                        null),
                mediaIssue(3, IssueUrgency.RENDAH, wib(11, 9, 10), null, null, false,
                        new MediaIssueFile.Closure("Berita positif", false, "media", wib(11, 9, 11))),
                mediaIssue(4, null, null, null, null, false, null));
    }

    private static MediaIssueFile mediaIssue(int number, IssueUrgency urgency, Instant triaged, ResponseKind kind,
            Instant published, boolean late, MediaIssueFile.Closure closure) {
        MediaIssueFile.Triage triage = urgency == null ? null : new MediaIssueFile.Triage("Topik", Sentiment.NEGATIF,
                urgency, null, List.of(), "media", triaged);
        List<MediaIssueFile.Draft> drafts = kind == null ? List.of() : List.of(new MediaIssueFile.Draft(1, kind,
                "Judul", "Isi", "media", triaged, triaged, new MediaIssueFile.Decision(true, null, "supervisor",
                triaged)));
        MediaIssueFile.Publication publication = published == null ? null
                : new MediaIssueFile.Publication(1, "Situs Pemkot", published, null, "media", late);
        return new MediaIssueFile("m-" + number, "ISU/2026/%06d".formatted(number),
                closure != null ? MediaIssueStatus.SELESAI : published != null ? MediaIssueStatus.DIPANTAU
                        : urgency == null ? MediaIssueStatus.TERDETEKSI : MediaIssueStatus.DITRIASE,
                new MediaSource(MediaKind.BERITA_DARING, "Radar Banten", null, "Judul " + number, null,
                        wib(3, 16, 8), null), IssueOrigin.PETUGAS, null, "media", wib(3, 16, 9), null, false, triage,
                null, false, List.of(), drafts, publication, List.of(), closure, null, List.of(), null, 5);
    }

    private String value(String key) {
        return report().figure(key).orElseThrow().value();
    }

    private List<String> cases(String key) {
        return report().figure(key).orElseThrow().cases().stream().map(AnnualReport.CaseRef::number).toList();
    }

    @Test
    void requests_are_counted_by_decision_with_refusals_grouped_by_their_pasal_17_ground() {
        assertThat(value("permohonan.jumlah")).isEqualTo("5");
        assertThat(cases("permohonan.keputusan.DIKABULKAN_SELURUHNYA")).containsExactly("PPID/2026/000001");
        assertThat(cases("permohonan.keputusan.DITOLAK_DIKECUALIKAN")).containsExactly("PPID/2026/000003");
        assertThat(cases("permohonan.pasal17.H_RAHASIA_PRIBADI")).containsExactly("PPID/2026/000002",
                "PPID/2026/000003");
        assertThat(report().figure("permohonan.pasal17.H_RAHASIA_PRIBADI").orElseThrow().label())
                .isEqualTo("Ditolak atau dihitamkan berdasarkan Pasal 17 huruf h");
        assertThat(cases("permohonan.pasal17.A_PENEGAKAN_HUKUM")).containsExactly("PPID/2026/000003");
        assertThat(report().figure("permohonan.pasal17.B_HAKI_DAN_PERSAINGAN_USAHA")).isEmpty();
        assertThat(cases("permohonan.dibatalkan")).containsExactly("PPID/2026/000005");
        assertThat(cases("permohonan.belumDiputus")).containsExactly("PPID/2026/000004");
    }

    @Test
    void time_to_the_notice_is_counted_in_hari_kerja_across_the_holidays() {
        assertThat(builder.workingDaysToNotice(request(1, wib(3, 16, 10), NoticeDecision.DIKABULKAN_SELURUHNYA,
                wib(3, 25, 10), false, false, List.of(), null))).isEqualTo(2);
        assertThat(value("waktu.median")).isEqualTo("4 hari kerja");
        assertThat(value("waktu.p90")).isEqualTo("16 hari kerja");
        assertThat(cases("waktu.tepat")).containsExactly("PPID/2026/000001", "PPID/2026/000002");
        assertThat(cases("waktu.terlambat")).containsExactly("PPID/2026/000003");
        assertThat(cases("waktu.diperpanjang")).containsExactly("PPID/2026/000003");
    }

    @Test
    void objections_and_disputes_are_counted_by_ground_outcome_and_stage() {
        assertThat(value("keberatan.jumlah")).isEqualTo("2");
        assertThat(value("keberatan.alasan.A_PENOLAKAN_PASAL_17")).isEqualTo("2");
        assertThat(cases("keberatan.hasil.REJECTED")).containsExactly("KEBERATAN/2026/000002");
        assertThat(cases("keberatan.menunggu")).containsExactly("KEBERATAN/2026/000003");
        assertThat(cases("sengketa.tahap.MEDIASI")).containsExactly("KEBERATAN/2026/000002");
    }

    @Test
    void complaints_are_counted_rahasia_included_with_the_latest_rating_averaged() {
        assertThat(value("pengaduan.jumlah")).isEqualTo("3");
        assertThat(value("pengaduan.kategori.INFRASTRUKTUR")).isEqualTo("2");
        assertThat(cases("pengaduan.status.SELESAI")).containsExactly("ADUAN/2026/000001");
        assertThat(cases("pengaduan.verifikasiTepat")).containsExactly("ADUAN/2026/000001");
        assertThat(value("pengaduan.penilaian")).isEqualTo("4,0 / 5");
        assertThat(report().figure("pengaduan.jumlah").orElseThrow().cases().get(0).officerPath())
                .isEqualTo("/petugas/pengaduan/c-1");
    }

    @Test
    void what_fell_due_undone_counts_as_late_in_the_months_shares_and_what_is_not_yet_due_does_not() {
        ReportedComplaint unverified = new ReportedComplaint("c-9", "ADUAN/2026/000009",
                ComplaintCategory.INFRASTRUKTUR, ComplaintStatus.DITERIMA, false, wib(11, 3, 9),
                LocalDate.of(2026, 11, 6), null, true, List.of(), 0, List.of(), null);
        ReportedComplaint fresh = new ReportedComplaint("c-10", "ADUAN/2026/000010", ComplaintCategory.INFRASTRUKTUR,
                ComplaintStatus.DITERIMA, false, wib(11, 20, 9), LocalDate.of(2026, 11, 25), null, false, List.of(), 0,
                List.of(), null);
        MediaIssueFile answered = mediaIssues().get(0);
        MediaIssueFile unanswered = responseMissed(mediaIssues().get(2));
        List<MonthlyCompliance.MonthFigures> months = new MonthlyCompliance(CALENDAR, builder).months(List.of(
                        request(1, wib(11, 2, 10), NoticeDecision.DIKABULKAN_SELURUHNYA, wib(11, 6, 10), false, false,
                                List.of(), null),
                        overdue(2, wib(11, 3, 10)),
                        request(3, wib(11, 20, 10), null, null, false, false, List.of(), null)),
                List.of(), List.of(complaint(1, ComplaintCategory.INFRASTRUKTUR, ComplaintStatus.SELESAI,
                        wib(11, 3, 9), List.of()), unverified, fresh), List.of(answered, unanswered),
                MonthlyCompliance.Scope.ALL);

        MonthlyCompliance.MonthFigures november = months.get(10);
        assertThat(november.requests()).isEqualTo(3);
        assertThat(november.notices()).isEqualTo(1);
        assertThat(november.onTimePercent()).as("one notice on time of the two that fell due").isEqualTo(50);
        assertThat(november.complaintsOnTimePercent()).as("one verified in time of the two that fell due")
                .isEqualTo(50);
        MonthlyCompliance.MonthFigures march = months.get(2);
        assertThat(march.mediaOnTimePercent()).as("one response in time of the two that fell due").isEqualTo(50);
    }

    /** {@code issue} with its response clock run out, no response published. */
    private static MediaIssueFile responseMissed(MediaIssueFile issue) {
        return new MediaIssueFile(issue.mediaIssueId(), issue.number(), MediaIssueStatus.DITRIASE, issue.source(),
                issue.origin(), issue.feed(), issue.loggedBy(), issue.detectedAt(), issue.triageDeadline(),
                issue.triageDeadlineMissed(), issue.triage(), issue.responseDeadline(), true, issue.clarifications(),
                issue.drafts(), null, issue.monitoring(), null, issue.mergedInto(), issue.duplicates(),
                issue.referral(), issue.lastSequence());
    }

    @Test
    void compliance_is_counted_by_month_of_receipt() {
        MonthlyCompliance compliance = new MonthlyCompliance(CALENDAR, builder);
        List<MonthlyCompliance.MonthFigures> months = compliance.months(List.of(
                        request(1, wib(3, 16, 10), NoticeDecision.DIKABULKAN_SELURUHNYA, wib(3, 25, 10), false, false,
                                List.of(), null),
                        request(2, wib(11, 2, 10), NoticeDecision.DIKABULKAN_SEBAGIAN, wib(11, 6, 10), false, false,
                                List.of(), null),
                        request(3, wib(11, 3, 17), NoticeDecision.DITOLAK_DIKECUALIKAN, wib(11, 26, 10), true, true,
                                List.of(), null)),
                List.of(objection(3, ObjectionGround.A_PENOLAKAN_PASAL_17, ObjectionOutcome.UPHELD, null)),
                List.of(complaint(1, ComplaintCategory.INFRASTRUKTUR, ComplaintStatus.SELESAI, wib(11, 3, 9),
                        List.of(2, 4))), mediaIssues(), MonthlyCompliance.Scope.ALL);

        assertThat(months).hasSize(12);
        MonthlyCompliance.MonthFigures march = months.get(2);
        assertThat(march.requests()).isEqualTo(1);
        assertThat(march.onTimePercent()).isEqualTo(100);
        assertThat(march.medianDays()).isEqualTo(2);
        MonthlyCompliance.MonthFigures november = months.get(10);
        assertThat(november.requests()).isEqualTo(2);
        assertThat(november.onTimePercent()).isEqualTo(50);
        assertThat(november.medianDays()).isEqualTo(4);
        assertThat(november.p90Days()).isEqualTo(16);
        assertThat(november.extended()).isEqualTo(1);
        assertThat(november.complaints()).isEqualTo(1);
        assertThat(november.complaintsOnTimePercent()).isEqualTo(100);
        assertThat(november.averageRating()).isEqualTo(4.0);
        assertThat(months.get(4).objections()).as("the keberatan came in May").isEqualTo(1);
        assertThat(months.get(4).upheld()).isEqualTo(1);
        assertThat(months.get(0).onTimePercent()).as("nothing to share out in January").isNull();
        MonthlyCompliance.MonthFigures detectedInMarch = months.get(2);
        assertThat(detectedInMarch.mediaIssues()).as("all four were detected on 16 March").isEqualTo(4);
        assertThat(detectedInMarch.mediaResponded()).isEqualTo(2);
        assertThat(detectedInMarch.mediaOnTimePercent()).as("one of the two responses was late").isEqualTo(50);
        assertThat(detectedInMarch.mediaMedianDays()).as("3 and 1 hari kerja").isEqualTo(1);
        assertThat(november.mediaIssues()).isZero();
        assertThat(november.mediaOnTimePercent()).isNull();
    }

    @Test
    void compliance_for_one_kind_of_case_and_one_unit_counts_only_its_cases() {
        MonthlyCompliance compliance = new MonthlyCompliance(CALENDAR, builder);
        RequestRegisterEntry forwarded = forwarded(request(1, wib(11, 2, 10), NoticeDecision.DIKABULKAN_SELURUHNYA,
                wib(11, 6, 10), false, false, List.of(), null), "DISDIKBUD");
        RequestRegisterEntry kept = request(2, wib(11, 2, 11), NoticeDecision.DIKABULKAN_SELURUHNYA, wib(11, 20, 10),
                true, false, List.of(), null);
        // Received Mon 2 Nov, answered Mon 9 Nov and Wed 18 Nov: 5 and 12 hari kerja.
        ReportedComplaint roads = new ReportedComplaint("c-1", "ADUAN/2026/000001", ComplaintCategory.INFRASTRUKTUR,
                ComplaintStatus.DITANGGAPI, false, wib(11, 2, 10), LocalDate.of(2026, 11, 5), wib(11, 3, 9), false,
                List.of(), 0, List.of("DPUTR"), wib(11, 9, 10));
        ReportedComplaint roadsAndWater = new ReportedComplaint("c-2", "ADUAN/2026/000002",
                ComplaintCategory.INFRASTRUKTUR, ComplaintStatus.DITANGGAPI, false, wib(11, 2, 11),
                LocalDate.of(2026, 11, 5), wib(11, 3, 9), false, List.of(), 0, List.of("DPUTR", "DLH"),
                wib(11, 18, 10));
        ReportedComplaint waste = new ReportedComplaint("c-3", "ADUAN/2026/000003", ComplaintCategory.KEBERSIHAN_LINGKUNGAN,
                ComplaintStatus.DIDISPOSISI, false, wib(11, 2, 12), LocalDate.of(2026, 11, 5), wib(11, 3, 9), false,
                List.of(), 0, List.of("DLH"), null);
        List<RequestRegisterEntry> requests = List.of(forwarded, kept);
        List<ReportedComplaint> complaints = List.of(roads, roadsAndWater, waste);

        List<MediaIssueFile> media = mediaIssues().stream().map(issue -> detectedIn(issue, "DPUTR")).toList();

        MonthlyCompliance.MonthFigures all = compliance.months(requests, List.of(), complaints, media,
                MonthlyCompliance.Scope.ALL).get(10);
        MonthlyCompliance.MonthFigures dputr = compliance.months(requests, List.of(), complaints, media,
                new MonthlyCompliance.Scope(null, "DPUTR")).get(10);
        MonthlyCompliance.MonthFigures disdik = compliance.months(requests, List.of(), complaints, media,
                new MonthlyCompliance.Scope(MonthlyCompliance.CaseKind.PERMOHONAN, "DISDIKBUD")).get(10);
        MonthlyCompliance.MonthFigures complaintsOnly = compliance.months(requests, List.of(), complaints, media,
                new MonthlyCompliance.Scope(MonthlyCompliance.CaseKind.PENGADUAN, null)).get(10);
        MonthlyCompliance.MonthFigures mediaOnly = compliance.months(requests, List.of(), complaints, media,
                new MonthlyCompliance.Scope(MonthlyCompliance.CaseKind.ISU_MEDIA, null)).get(10);

        assertThat(all.requests()).isEqualTo(2);
        assertThat(all.onTimePercent()).isEqualTo(50);
        assertThat(all.complaints()).isEqualTo(3);
        assertThat(all.answered()).isEqualTo(2);
        assertThat(all.answerMedianDays()).isEqualTo(5);
        assertThat(all.answerP90Days()).isEqualTo(12);
        assertThat(dputr.requests()).as("no request went to DPUTR").isZero();
        assertThat(dputr.complaints()).as("both complaints sent to DPUTR, one with DLH").isEqualTo(2);
        assertThat(disdik.requests()).isEqualTo(1);
        assertThat(disdik.onTimePercent()).isEqualTo(100);
        assertThat(disdik.complaints()).as("requests only").isZero();
        assertThat(complaintsOnly.requests()).isZero();
        assertThat(complaintsOnly.complaints()).isEqualTo(3);
        assertThat(complaintsOnly.mediaIssues()).isZero();
        assertThat(all.mediaIssues()).isEqualTo(4);
        assertThat(dputr.mediaIssues()).as("three triaged to DPUTR; the fourth was never triaged").isEqualTo(3);
        assertThat(disdik.mediaIssues()).isZero();
        assertThat(mediaOnly.requests()).isZero();
        assertThat(mediaOnly.complaints()).isZero();
        assertThat(mediaOnly.mediaIssues()).isEqualTo(4);
    }

    /** The same issue detected on 2 November, its triage (if any) naming the unit. */
    private static MediaIssueFile detectedIn(MediaIssueFile issue, String unit) {
        MediaIssueFile.Triage triage = issue.triage() == null ? null : new MediaIssueFile.Triage(
                issue.triage().topic(), issue.triage().sentiment(), issue.triage().urgency(), unit,
                issue.triage().relatedCases(), issue.triage().triagedBy(), issue.triage().triagedAt());
        return new MediaIssueFile(issue.mediaIssueId(), issue.number(), issue.status(), issue.source(),
                issue.origin(), issue.feed(), issue.loggedBy(), wib(11, 2, 9), issue.triageDeadline(),
                issue.triageDeadlineMissed(), triage, issue.responseDeadline(), issue.responseDeadlineMissed(),
                issue.clarifications(), issue.drafts(), issue.publication(), issue.monitoring(), issue.closure(),
                issue.mergedInto(), issue.duplicates(), issue.referral(), issue.lastSequence());
    }

    private static RequestRegisterEntry forwarded(RequestRegisterEntry entry, String unit) {
        return new RequestRegisterEntry(entry.requestId(), entry.year(), entry.registrationNumber(),
                entry.receivedAt(), entry.channel(), null, null, null, null, null, entry.informationRequested(), null,
                entry.obtainMethod(), entry.deliveryMethod(), entry.noticeDue(), entry.noticeDeadlineExtended(),
                entry.decision(), entry.informationHeld(), null, entry.exemptionGrounds(), null, null, null, null,
                entry.noticeSentAt(), entry.noticeLate(), false, null, entry.status(), null, null, unit);
    }

    @Test
    void media_issues_are_counted_by_urgency_and_outcome_with_the_median_hari_kerja_to_the_response() {
        assertThat(value("isu.jumlah")).isEqualTo("4");
        assertThat(cases("isu.urgensi.KRISIS")).containsExactly("ISU/2026/000002");
        assertThat(cases("isu.ditanggapi")).containsExactly("ISU/2026/000001", "ISU/2026/000002");
        assertThat(cases("isu.tepatWaktu")).containsExactly("ISU/2026/000001");
        assertThat(cases("isu.jenis.HAK_JAWAB")).containsExactly("ISU/2026/000001");
        assertThat(cases("isu.tanpaTanggapan")).containsExactly("ISU/2026/000003");
        assertThat(value("isu.dialihkan")).isEqualTo("0");
        // 3 and 1 hari kerja: the lower middle of two is 1.
        assertThat(value("isu.hariKerja")).isEqualTo("1");
        assertThat(builder.workingDaysTaken(wib(3, 17, 10), wib(3, 25, 10))).isEqualTo(1);
    }

    @Test
    void the_same_cases_give_the_same_report() {
        assertThat(report()).isEqualTo(report());
    }
}
