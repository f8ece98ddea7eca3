package id.go.cilegon.sigap.webapp.report;

import id.go.cilegon.sigap.command.informationrequest.api.ObjectionOutcome;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.query.complaint.api.ReportedComplaint;
import id.go.cilegon.sigap.query.informationrequest.register.api.ObjectionRegisterEntry;
import id.go.cilegon.sigap.query.informationrequest.register.api.RequestRegisterEntry;
import id.go.cilegon.sigap.query.mediaissue.api.MediaIssueFile;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * KIP compliance month by month, from the registers and the complaints: for each month of receipt, how many written
 * notices went out on time and how long they took in hari kerja (median and 90th percentile), extensions,
 * keberatan filed and upheld, sengketa, complaints verified within their 3 hari kerja, how long complaints took to
 * their (latest) answer, the complainants' average rating, and media issues detected, answered with a published
 * response, in time, and the hari kerja from triage to the response; for one kind of case and one unit or for all.
 * A share is {@code null} when the month has nothing to share out.
 */
@Component
class MonthlyCompliance {

    private final WorkingDayCalendar calendar;
    private final AnnualReportBuilder reports;

    MonthlyCompliance(WorkingDayCalendar calendar, AnnualReportBuilder reports) {
        this.calendar = calendar;
        this.reports = reports;
    }

    /** The kinds of case the page can show alone. */
    enum CaseKind { PERMOHONAN, PENGADUAN, ISU_MEDIA }

    /**
     * Which cases count: {@code kind} {@code null} for every kind, {@code unit} {@code null} for every unit. A
     * request counts for the unit it was forwarded to, a complaint for every unit it was sent to, a keberatan for
     * its request's unit, and a media issue for the unit its triage named.
     */
    record Scope(CaseKind kind, String unit) {

        static final Scope ALL = new Scope(null, null);

        public boolean requests() {
            return kind == null || kind == CaseKind.PERMOHONAN;
        }

        public boolean complaints() {
            return kind == null || kind == CaseKind.PENGADUAN;
        }

        public boolean mediaIssues() {
            return kind == null || kind == CaseKind.ISU_MEDIA;
        }
    }

    /**
     * @param onTimePercent           notices on time as a share of the notices that fell due (those sent, and those
     *                                whose due date passed without one), 0–100
     * @param complaintsOnTimePercent complaints verified in time as a share of those whose verification fell due
     *                                (verified, or their due date passed without it), 0–100
     * @param answered                complaints received that month that have an answer
     * @param answerMedianDays        median hari kerja from receipt to the latest answer
     * @param answerP90Days           90th percentile of the same
     * @param mediaIssues             media issues detected that month
     * @param mediaResponded          of those, the ones with a published response
     * @param mediaOnTimePercent      responses published within their clock as a share of those that fell due
     *                                (published, or their clock ran out without one), 0–100
     * @param mediaMedianDays         median hari kerja from triage to the published response
     */
    record MonthFigures(int month, int requests, int notices, Integer onTimePercent, Integer medianDays, Integer p90Days,
            int extended, int objections, int upheld, int disputes, int complaints, Integer complaintsOnTimePercent,
            int answered, Integer answerMedianDays, Integer answerP90Days, Double averageRating, int mediaIssues,
            int mediaResponded, Integer mediaOnTimePercent, Integer mediaMedianDays) {
    }

    List<MonthFigures> months(List<RequestRegisterEntry> allRequests, List<ObjectionRegisterEntry> allObjections,
            List<ReportedComplaint> allComplaints, List<MediaIssueFile> allMediaIssues, Scope scope) {
        List<RequestRegisterEntry> requests = !scope.requests() ? List.of() : allRequests.stream()
                .filter(entry -> scope.unit() == null || scope.unit().equals(entry.unit())).toList();
        Set<String> requestIds = requests.stream().map(RequestRegisterEntry::requestId).collect(Collectors.toSet());
        List<ObjectionRegisterEntry> objections = !scope.requests() ? List.of() : allObjections.stream()
                .filter(entry -> scope.unit() == null || requestIds.contains(entry.requestId())).toList();
        List<ReportedComplaint> complaints = !scope.complaints() ? List.of() : allComplaints.stream()
                .filter(complaint -> scope.unit() == null || complaint.units().contains(scope.unit())).toList();
        List<MediaIssueFile> mediaIssues = !scope.mediaIssues() ? List.of() : allMediaIssues.stream()
                .filter(issue -> scope.unit() == null
                        || issue.triage() != null && scope.unit().equals(issue.triage().unit())).toList();
        Map<Month, List<RequestRegisterEntry>> requestsByMonth = byMonth(requests, RequestRegisterEntry::receivedAt);
        Map<Month, List<ObjectionRegisterEntry>> objectionsByMonth = byMonth(objections,
                ObjectionRegisterEntry::receivedAt);
        Map<Month, List<ReportedComplaint>> complaintsByMonth = byMonth(complaints, ReportedComplaint::receivedAt);
        Map<Month, List<MediaIssueFile>> mediaIssuesByMonth = byMonth(mediaIssues, MediaIssueFile::detectedAt);
        List<MonthFigures> months = new ArrayList<>();
        for (Month month : Month.values()) {
            List<RequestRegisterEntry> received = requestsByMonth.getOrDefault(month, List.of());
            List<RequestRegisterEntry> noticed = received.stream().filter(entry -> entry.noticeSentAt() != null)
                    .toList();
            // What fell due and was not done is late too (the annual report counts it so): a notice, a verification,
            // a media response.
            int fellDue = (int) received.stream()
                    .filter(entry -> entry.noticeSentAt() != null || entry.noticeDeadlineMissed()).count();
            List<Integer> days = noticed.stream().map(reports::workingDaysToNotice).sorted().toList();
            List<ObjectionRegisterEntry> filed = objectionsByMonth.getOrDefault(month, List.of());
            List<ReportedComplaint> complained = complaintsByMonth.getOrDefault(month, List.of());
            List<ReportedComplaint> verified = complained.stream().filter(complaint -> complaint.verifiedAt() != null)
                    .toList();
            int verificationsDue = (int) complained.stream()
                    .filter(complaint -> complaint.verifiedAt() != null || complaint.verificationDeadlineMissed())
                    .count();
            long verifiedOnTime = verified.stream().filter(complaint -> !complaint.verificationDeadlineMissed()
                    && !calendar.effectiveReceiptDate(complaint.verifiedAt()).isAfter(complaint.verificationDue()))
                    .count();
            List<ReportedComplaint> rated = complained.stream().filter(complaint -> !complaint.ratings().isEmpty())
                    .toList();
            List<Integer> answerDays = complained.stream().filter(complaint -> complaint.answeredAt() != null)
                    .map(complaint -> reports.workingDaysTaken(complaint.receivedAt(), complaint.answeredAt()))
                    .sorted().toList();
            List<MediaIssueFile> detected = mediaIssuesByMonth.getOrDefault(month, List.of());
            List<MediaIssueFile> responded = detected.stream().filter(issue -> issue.publication() != null).toList();
            int responsesDue = (int) detected.stream()
                    .filter(issue -> issue.publication() != null || issue.responseDeadlineMissed()).count();
            List<Integer> responseDays = responded.stream().filter(issue -> issue.triage() != null)
                    .map(issue -> reports.workingDaysTaken(issue.triage().triagedAt(),
                            issue.publication().publishedAt()))
                    .sorted().toList();
            months.add(new MonthFigures(month.getValue(), received.size(), noticed.size(),
                    percent(noticed.stream().filter(entry -> !entry.noticeLate()).count(), fellDue),
                    days.isEmpty() ? null : AnnualReportBuilder.median(days),
                    days.isEmpty() ? null : AnnualReportBuilder.percentile(days, 90),
                    (int) received.stream().filter(RequestRegisterEntry::noticeDeadlineExtended).count(),
                    filed.size(), (int) filed.stream().filter(entry -> entry.outcome() == ObjectionOutcome.UPHELD)
                            .count(),
                    (int) filed.stream().filter(entry -> entry.disputeStage() != null).count(),
                    complained.size(), percent(verifiedOnTime, verificationsDue), answerDays.size(),
                    answerDays.isEmpty() ? null : AnnualReportBuilder.median(answerDays),
                    answerDays.isEmpty() ? null : AnnualReportBuilder.percentile(answerDays, 90),
                    rated.isEmpty() ? null : rated.stream()
                            .mapToInt(complaint -> complaint.ratings().get(complaint.ratings().size() - 1))
                            .average().orElseThrow(),
                    detected.size(), responded.size(),
                    percent(responded.stream().filter(issue -> !issue.publication().late()).count(), responsesDue),
                    responseDays.isEmpty() ? null : AnnualReportBuilder.median(responseDays)));
        }
        return months;
    }

    /** The cases by the month of {@code at} in the city's zone, each case converted once. */
    private <T> Map<Month, List<T>> byMonth(List<T> cases, Function<T, Instant> at) {
        return cases.stream().collect(Collectors.groupingBy(
                each -> LocalDate.ofInstant(at.apply(each), calendar.zone()).getMonth()));
    }

    private static Integer percent(long part, int whole) {
        return whole == 0 ? null : (int) Math.round(100.0 * part / whole);
    }
}
