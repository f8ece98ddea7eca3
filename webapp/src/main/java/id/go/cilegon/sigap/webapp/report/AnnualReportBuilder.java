package id.go.cilegon.sigap.webapp.report;

import id.go.cilegon.sigap.command.complaint.api.ComplaintCategory;
import id.go.cilegon.sigap.command.complaint.api.ComplaintStatus;
import id.go.cilegon.sigap.command.informationrequest.api.DisputeStage;
import id.go.cilegon.sigap.command.informationrequest.api.ExemptionGround;
import id.go.cilegon.sigap.command.informationrequest.api.NoticeDecision;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionGround;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionOutcome;
import id.go.cilegon.sigap.command.mediaissue.api.IssueUrgency;
import id.go.cilegon.sigap.command.mediaissue.api.ResponseKind;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.query.complaint.api.ReportedComplaint;
import id.go.cilegon.sigap.query.informationrequest.register.api.ObjectionRegisterEntry;
import id.go.cilegon.sigap.query.informationrequest.register.api.RequestRegisterEntry;
import id.go.cilegon.sigap.query.mediaissue.api.MediaIssueFile;
import id.go.cilegon.sigap.webapp.report.AnnualReport.CaseRef;
import id.go.cilegon.sigap.webapp.report.AnnualReport.Figure;
import id.go.cilegon.sigap.webapp.report.AnnualReport.Section;
import id.go.cilegon.sigap.webapp.shared.FieldMessages;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * Computes the year's figures from the registers and the complaints: requests and how they were decided (refusals
 * grouped by their Pasal 17 ground), how long the written notice took in hari kerja and whether it was on time,
 * keberatan by ground and outcome, sengketa by stage, complaints by category and outcome, and media issues by
 * urgency and outcome. It only counts what
 * the read models hold, so replaying the events gives the same report.
 */
@Component
class AnnualReportBuilder {

    private final WorkingDayCalendar calendar;
    private final FieldMessages messages;

    AnnualReportBuilder(WorkingDayCalendar calendar, FieldMessages messages) {
        this.calendar = calendar;
        this.messages = messages;
    }

    AnnualReport build(int year, List<RequestRegisterEntry> requests, List<ObjectionRegisterEntry> objections,
            List<ReportedComplaint> complaints, List<MediaIssueFile> mediaIssues, Locale locale) {
        Words words = new Words(locale);
        return new AnnualReport(year, List.of(requests(requests, words), timeliness(requests, words),
                objections(objections, words), disputes(objections, words), complaints(complaints, words),
                mediaIssues(mediaIssues, words)));
    }

    // ------------------------------------------------------------------------------------------------- requests

    private Section requests(List<RequestRegisterEntry> requests, Words words) {
        List<Figure> figures = new ArrayList<>();
        figures.add(words.count("permohonan.jumlah", requests, entry -> true, this::request));
        for (NoticeDecision decision : NoticeDecision.values()) {
            figures.add(words.figure("permohonan.keputusan." + decision.name(),
                    words.text("InformationRequestStatus." + decision.name()),
                    requests.stream().filter(entry -> entry.decision() == decision).toList(), this::request));
        }
        for (ExemptionGround ground : ExemptionGround.values()) {
            List<RequestRegisterEntry> refused = requests.stream()
                    .filter(entry -> entry.decision() != null && entry.exemptionGrounds().contains(ground)).toList();
            if (!refused.isEmpty()) {
                figures.add(words.figure("permohonan.pasal17." + ground.name(),
                        words.text("report.permohonan.pasal17", letter(ground.name())), refused, this::request));
            }
        }
        figures.add(words.count("permohonan.dibatalkan", requests, entry -> entry.withdrawnAt() != null,
                this::request));
        figures.add(words.count("permohonan.belumDiputus", requests,
                entry -> entry.decision() == null && entry.withdrawnAt() == null, this::request));
        return words.section("permohonan", figures);
    }

    private Section timeliness(List<RequestRegisterEntry> requests, Words words) {
        List<RequestRegisterEntry> noticed = requests.stream().filter(entry -> entry.noticeSentAt() != null).toList();
        List<Integer> days = noticed.stream().map(this::workingDaysToNotice).sorted().toList();
        List<Figure> figures = new ArrayList<>();
        figures.add(words.count("waktu.tepat", noticed, entry -> !entry.noticeLate(), this::request));
        figures.add(words.count("waktu.terlambat", requests,
                entry -> entry.noticeLate() || entry.noticeDeadlineMissed(), this::request));
        figures.add(words.count("waktu.diperpanjang", requests, RequestRegisterEntry::noticeDeadlineExtended,
                this::request));
        figures.add(new Figure("waktu.median", words.text("report.waktu.median"),
                days.isEmpty() ? "-" : words.text("report.hariKerja", median(days)), refs(noticed, this::request)));
        figures.add(new Figure("waktu.p90", words.text("report.waktu.p90"),
                days.isEmpty() ? "-" : words.text("report.hariKerja", percentile(days, 90)),
                refs(noticed, this::request)));
        return words.section("waktu", figures);
    }

    /** Hari kerja from the day a request counts as received to the day its notice went out. */
    int workingDaysToNotice(RequestRegisterEntry entry) {
        return workingDaysTaken(entry.receivedAt(), entry.noticeSentAt());
    }

    /** Hari kerja from the day a case counts as received to the day it was {@code done}, never fewer than 0. */
    int workingDaysTaken(Instant receivedAt, Instant done) {
        LocalDate received = calendar.effectiveReceiptDate(receivedAt);
        return Math.max(0, calendar.workingDaysUntil(received, LocalDate.ofInstant(done, calendar.zone())));
    }

    // ------------------------------------------------------------------------------------------------ keberatan

    private Section objections(List<ObjectionRegisterEntry> objections, Words words) {
        List<Figure> figures = new ArrayList<>();
        figures.add(words.count("keberatan.jumlah", objections, entry -> true, this::objection));
        for (ObjectionGround ground : ObjectionGround.values()) {
            figures.add(words.figure("keberatan.alasan." + ground.name(),
                    words.text("register.ground." + ground.name()),
                    objections.stream().filter(entry -> entry.ground() == ground).toList(), this::objection));
        }
        for (ObjectionOutcome outcome : ObjectionOutcome.values()) {
            figures.add(words.figure("keberatan.hasil." + outcome.name(),
                    words.text("InformationRequestStatus." + outcome.status().name()),
                    objections.stream().filter(entry -> entry.outcome() == outcome).toList(), this::objection));
        }
        figures.add(words.count("keberatan.menunggu", objections, entry -> entry.outcome() == null,
                this::objection));
        figures.add(words.count("keberatan.terlambat", objections,
                entry -> entry.answeredLate() || entry.answerDeadlineMissed(), this::objection));
        return words.section("keberatan", figures);
    }

    private Section disputes(List<ObjectionRegisterEntry> objections, Words words) {
        List<ObjectionRegisterEntry> disputed = objections.stream().filter(entry -> entry.disputeStage() != null)
                .toList();
        List<Figure> figures = new ArrayList<>();
        figures.add(words.count("sengketa.jumlah", disputed, entry -> true, this::objection));
        for (DisputeStage stage : DisputeStage.values()) {
            List<ObjectionRegisterEntry> atStage = disputed.stream().filter(entry -> entry.disputeStage() == stage)
                    .toList();
            if (!atStage.isEmpty()) {
                figures.add(words.figure("sengketa.tahap." + stage.name(),
                        words.text("register.stage." + stage.name()), atStage, this::objection));
            }
        }
        return words.section("sengketa", figures);
    }

    // ------------------------------------------------------------------------------------------------ pengaduan

    private Section complaints(List<ReportedComplaint> complaints, Words words) {
        List<Figure> figures = new ArrayList<>();
        figures.add(words.count("pengaduan.jumlah", complaints, complaint -> true, this::complaint));
        for (ComplaintCategory category : ComplaintCategory.values()) {
            figures.add(words.figure("pengaduan.kategori." + category.name(),
                    words.text("ComplaintCategory." + category.name()),
                    complaints.stream().filter(complaint -> complaint.category() == category).toList(),
                    this::complaint));
        }
        for (ComplaintStatus status : ComplaintStatus.values()) {
            figures.add(words.figure("pengaduan.status." + status.name(),
                    words.text("ComplaintStatus." + status.name()),
                    complaints.stream().filter(complaint -> complaint.status() == status).toList(),
                    this::complaint));
        }
        figures.add(words.count("pengaduan.verifikasiTepat", complaints, complaint -> complaint.verifiedAt() != null
                && !complaint.verificationDeadlineMissed()
                && !calendar.effectiveReceiptDate(complaint.verifiedAt()).isAfter(complaint.verificationDue()),
                this::complaint));
        figures.add(words.count("pengaduan.dibukaKembali", complaints, complaint -> complaint.reopenings() > 0,
                this::complaint));
        List<ReportedComplaint> rated = complaints.stream().filter(complaint -> !complaint.ratings().isEmpty())
                .toList();
        double average = rated.stream().mapToInt(complaint -> complaint.ratings().get(complaint.ratings().size() - 1))
                .average().orElse(0);
        figures.add(new Figure("pengaduan.penilaian", words.text("report.pengaduan.penilaian"),
                rated.isEmpty() ? "-" : String.format(words.locale, "%.1f / 5", average),
                refs(rated, this::complaint)));
        return words.section("pengaduan", figures);
    }

    // ---------------------------------------------------------------------------------------------- media issues

    /**
     * Media issues detected in the period: by urgency, how they ended (a response out, in time or late, closed
     * without one, referred, merged), the kind of response that went out, and the median hari kerja from triage to
     * the response.
     */
    private Section mediaIssues(List<MediaIssueFile> issues, Words words) {
        List<Figure> figures = new ArrayList<>();
        figures.add(words.count("isu.jumlah", issues, issue -> true, this::mediaIssue));
        for (IssueUrgency urgency : IssueUrgency.values()) {
            figures.add(words.figure("isu.urgensi." + urgency.name(), words.text("IssueUrgency." + urgency.name()),
                    issues.stream().filter(issue -> issue.triage() != null && issue.triage().urgency() == urgency)
                            .toList(), this::mediaIssue));
        }
        figures.add(words.count("isu.ditanggapi", issues, issue -> issue.publication() != null, this::mediaIssue));
        figures.add(words.count("isu.tepatWaktu", issues, issue -> issue.publication() != null
                && !issue.publication().late(), this::mediaIssue));
        for (ResponseKind kind : ResponseKind.values()) {
            figures.add(words.figure("isu.jenis." + kind.name(), words.text("ResponseKind." + kind.name()),
                    issues.stream().filter(issue -> publishedKind(issue).filter(kind::equals).isPresent()).toList(),
                    this::mediaIssue));
        }
        figures.add(words.count("isu.tanpaTanggapan", issues, issue -> issue.closure() != null
                && !issue.closure().responded(), this::mediaIssue));
        figures.add(words.count("isu.dialihkan", issues, issue -> issue.referral() != null, this::mediaIssue));
        figures.add(words.count("isu.digabung", issues, issue -> issue.mergedInto() != null, this::mediaIssue));
        List<MediaIssueFile> responded = issues.stream()
                .filter(issue -> issue.publication() != null && issue.triage() != null).toList();
        List<Integer> days = responded.stream().map(issue -> workingDaysTaken(issue.triage().triagedAt(),
                issue.publication().publishedAt())).sorted().toList();
        figures.add(new Figure("isu.hariKerja", words.text("report.isu.hariKerja"),
                days.isEmpty() ? "-" : String.valueOf(median(days)), refs(responded, this::mediaIssue)));
        return words.section("isu", figures);
    }

    private static Optional<ResponseKind> publishedKind(MediaIssueFile issue) {
        return issue.publication() == null ? Optional.empty() : issue.drafts().stream()
                .filter(draft -> draft.version() == issue.publication().version()).findFirst()
                .map(MediaIssueFile.Draft::kind);
    }

    // --------------------------------------------------------------------------------------------------- helpers

    private CaseRef mediaIssue(MediaIssueFile issue) {
        return new CaseRef(issue.number(), "/petugas/isu/" + issue.mediaIssueId());
    }

    private CaseRef request(RequestRegisterEntry entry) {
        return new CaseRef(entry.registrationNumber(), "/petugas/permohonan/" + entry.requestId());
    }

    private CaseRef objection(ObjectionRegisterEntry entry) {
        return new CaseRef(entry.objectionNumber(), "/petugas/permohonan/" + entry.requestId());
    }

    private CaseRef complaint(ReportedComplaint complaint) {
        return new CaseRef(complaint.number(), "/petugas/pengaduan/" + complaint.complaintId());
    }

    private static <T> List<CaseRef> refs(List<T> cases, Function<T, CaseRef> ref) {
        return cases.stream().map(ref).toList();
    }

    /** The letter of a ground, from its enum name: {@code H_RAHASIA_PRIBADI} is huruf h. */
    private static String letter(String groundName) {
        return groundName.substring(0, 1).toLowerCase(Locale.ROOT);
    }

    /** The middle value of sorted numbers; the lower middle when there are two. */
    static int median(List<Integer> sorted) {
        return sorted.get((sorted.size() - 1) / 2);
    }

    /** The nearest-rank percentile of sorted numbers. */
    static int percentile(List<Integer> sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    /** Labels and figures in the reader's language. */
    private final class Words {
        private final Locale locale;

        Words(Locale locale) {
            this.locale = locale;
        }

        String text(String code, Object... arguments) {
            return messages.text(code, locale, arguments);
        }

        Section section(String key, List<Figure> figures) {
            return new Section(key, text("report.section." + key), figures);
        }

        <T> Figure count(String key, List<T> cases, Predicate<T> counted, Function<T, CaseRef> ref) {
            return figure(key, text("report." + key), cases.stream().filter(counted).toList(), ref);
        }

        <T> Figure figure(String key, String label, List<T> cases, Function<T, CaseRef> ref) {
            return new Figure(key, label, String.valueOf(cases.size()), refs(cases, ref));
        }
    }
}
