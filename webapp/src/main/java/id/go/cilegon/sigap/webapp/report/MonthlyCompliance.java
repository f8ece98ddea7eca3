package id.go.cilegon.sigap.webapp.report;

import id.go.cilegon.sigap.command.informationrequest.api.ObjectionOutcome;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.query.complaint.api.ReportedComplaint;
import id.go.cilegon.sigap.query.informationrequest.register.api.ObjectionRegisterEntry;
import id.go.cilegon.sigap.query.informationrequest.register.api.RequestRegisterEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * KIP compliance month by month, from the registers and the complaints: for each month of receipt, how many written
 * notices went out on time and how long they took in hari kerja (median and 90th percentile), extensions,
 * keberatan filed and upheld, sengketa, complaints verified within their 3 hari kerja, and the complainants'
 * average rating. A share is {@code null} when the month has nothing to share out.
 */
@Component
class MonthlyCompliance {

    private final WorkingDayCalendar calendar;
    private final AnnualReportBuilder reports;

    MonthlyCompliance(WorkingDayCalendar calendar, AnnualReportBuilder reports) {
        this.calendar = calendar;
        this.reports = reports;
    }

    /**
     * @param onTimePercent          notices on time as a share of notices sent, 0–100
     * @param complaintsOnTimePercent complaints verified in time as a share of those verified, 0–100
     */
    record MonthFigures(int month, int requests, int notices, Integer onTimePercent, Integer medianDays, Integer p90Days,
            int extended, int objections, int upheld, int disputes, int complaints, Integer complaintsOnTimePercent,
            Double averageRating) {
    }

    List<MonthFigures> months(List<RequestRegisterEntry> requests, List<ObjectionRegisterEntry> objections,
            List<ReportedComplaint> complaints) {
        List<MonthFigures> months = new ArrayList<>();
        for (Month month : Month.values()) {
            List<RequestRegisterEntry> received = requests.stream()
                    .filter(entry -> monthOf(entry.receivedAt()) == month).toList();
            List<RequestRegisterEntry> noticed = received.stream().filter(entry -> entry.noticeSentAt() != null)
                    .toList();
            List<Integer> days = noticed.stream().map(reports::workingDaysToNotice).sorted().toList();
            List<ObjectionRegisterEntry> filed = objections.stream()
                    .filter(entry -> monthOf(entry.receivedAt()) == month).toList();
            List<ReportedComplaint> complained = complaints.stream()
                    .filter(complaint -> monthOf(complaint.receivedAt()) == month).toList();
            List<ReportedComplaint> verified = complained.stream().filter(complaint -> complaint.verifiedAt() != null)
                    .toList();
            long verifiedOnTime = verified.stream().filter(complaint -> !complaint.verificationDeadlineMissed()
                    && !calendar.effectiveReceiptDate(complaint.verifiedAt()).isAfter(complaint.verificationDue()))
                    .count();
            List<ReportedComplaint> rated = complained.stream().filter(complaint -> !complaint.ratings().isEmpty())
                    .toList();
            months.add(new MonthFigures(month.getValue(), received.size(), noticed.size(),
                    percent(noticed.stream().filter(entry -> !entry.noticeLate()).count(), noticed.size()),
                    days.isEmpty() ? null : AnnualReportBuilder.median(days),
                    days.isEmpty() ? null : AnnualReportBuilder.percentile(days, 90),
                    (int) received.stream().filter(RequestRegisterEntry::noticeDeadlineExtended).count(),
                    filed.size(), (int) filed.stream().filter(entry -> entry.outcome() == ObjectionOutcome.UPHELD)
                            .count(),
                    (int) filed.stream().filter(entry -> entry.disputeStage() != null).count(),
                    complained.size(), percent(verifiedOnTime, verified.size()),
                    rated.isEmpty() ? null : rated.stream()
                            .mapToInt(complaint -> complaint.ratings().get(complaint.ratings().size() - 1))
                            .average().orElseThrow()));
        }
        return months;
    }

    private Month monthOf(Instant at) {
        return LocalDate.ofInstant(at, calendar.zone()).getMonth();
    }

    private static Integer percent(long part, int whole) {
        return whole == 0 ? null : (int) Math.round(100.0 * part / whole);
    }
}
