package id.go.cilegon.sigap.webapp.report;

import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.query.complaint.api.ListComplaintQueue;
import id.go.cilegon.sigap.query.complaint.api.QueueItem;
import id.go.cilegon.sigap.query.informationrequest.api.ListOpenRequests;
import id.go.cilegon.sigap.query.informationrequest.api.OpenRequest;
import id.go.cilegon.sigap.query.informationrequest.deadline.api.ListOpenObjections;
import id.go.cilegon.sigap.query.informationrequest.deadline.api.OpenObjection;
import id.go.cilegon.sigap.query.informationrequest.register.api.ListRequestRegister;
import id.go.cilegon.sigap.query.informationrequest.register.api.RequestRegisterEntry;
import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.shared.FieldMessages;
import id.go.cilegon.sigap.webapp.shared.Messaging;
import id.go.cilegon.sigap.webapp.shared.OfficeDates;
import id.go.cilegon.sigap.webapp.shared.Urgency;
import id.go.cilegon.sigap.webapp.unit.Units;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The supervisor's view of every running clock of every kind of case: the written notice of each open request, the
 * Atasan's answer to each open keberatan, and each complaint's next clock, with the hari kerja left in the overdue,
 * due soon and on track tiers, the load of each unit, and the notices likely to be late at the pace of this year:
 * a notice is at risk when the hari kerja the PPID usually needs for one (the median of this year's notices) are
 * more than the request has left, counting the days already spent on it.
 */
@Controller
class SupervisionPage {

    private static final Set<OfficerRole> WATCHERS =
            Set.of(OfficerRole.SUPERVISOR, OfficerRole.ATASAN_PPID, OfficerRole.PETUGAS_PPID);
    /** Fewer notices than this say nothing about the pace. */
    private static final int PACE_SAMPLE = 3;

    private final Messaging messaging;
    private final OfficerAccounts accounts;
    private final WorkingDayCalendar calendar;
    private final Urgency.Ranking urgency;
    private final AnnualReportBuilder reports;
    private final OfficeDates dates;
    private final FieldMessages messages;
    private final Units units;
    private final Clock clock;

    SupervisionPage(Messaging messaging, OfficerAccounts accounts, WorkingDayCalendar calendar,
            Urgency.Ranking urgency, AnnualReportBuilder reports, OfficeDates dates, FieldMessages messages,
            Units units, Clock clock) {
        this.messaging = messaging;
        this.accounts = accounts;
        this.calendar = calendar;
        this.urgency = urgency;
        this.reports = reports;
        this.dates = dates;
        this.messages = messages;
        this.units = units;
        this.clock = clock;
    }

    enum CaseType { PERMOHONAN, KEBERATAN, PENGADUAN }

    /** One running clock. {@code atRisk}: likely to be late at this year's pace (written notices only). */
    record Row(CaseType type, String number, String kind, String unit, String due, int daysLeft, Urgency urgency,
            boolean atRisk, String path) {
    }

    /** A unit's open clocks by tier. */
    record Load(String unit, int open, int overdue, int dueSoon, int atRisk) {
    }

    @GetMapping("/petugas/pengawasan")
    Mono<String> page(Model model, ServerWebExchange exchange) {
        Locale locale = exchange.getLocaleContext().getLocale();
        LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
        return exchange.getPrincipal()
                .flatMap(principal -> accounts.officer(principal.getName()))
                .filter(officer -> WATCHERS.stream().anyMatch(officer::has))
                .switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN)))
                .flatMap(officer -> Mono.zip(
                        messaging.query(new ListOpenRequests(), ResponseTypes.multipleInstancesOf(OpenRequest.class)),
                        messaging.query(new ListOpenObjections(), ResponseTypes.multipleInstancesOf(OpenObjection.class)),
                        messaging.query(new ListComplaintQueue(Set.of(), null),
                                ResponseTypes.multipleInstancesOf(QueueItem.class)),
                        messaging.query(new ListRequestRegister(today.getYear(), null, false),
                                ResponseTypes.multipleInstancesOf(RequestRegisterEntry.class))))
                .publishOn(Schedulers.boundedElastic())
                .map(found -> {
                    List<Row> rows = rows(found.getT1(), found.getT2(), found.getT3(), pace(found.getT4()), today,
                            locale);
                    model.addAttribute("rows", rows);
                    model.addAttribute("tiers", tiers(rows));
                    model.addAttribute("loads", loads(rows));
                    model.addAttribute("today", dates.date(today, locale));
                    return "laporan/pengawasan";
                });
    }

    /** Median hari kerja to the written notice this year, or {@code null} while there are too few notices. */
    private Integer pace(List<RequestRegisterEntry> register) {
        List<Integer> days = register.stream().filter(entry -> entry.noticeSentAt() != null)
                .map(reports::workingDaysToNotice).sorted().toList();
        return days.size() < PACE_SAMPLE ? null : AnnualReportBuilder.median(days);
    }

    private List<Row> rows(List<OpenRequest> requests, List<OpenObjection> objections, List<QueueItem> complaints,
            Integer median, LocalDate today, Locale locale) {
        List<Row> rows = new ArrayList<>();
        for (OpenRequest request : requests) {
            if (!request.noticeClockRunning()) {
                continue;
            }
            int left = calendar.workingDaysUntil(today, request.noticeDue());
            int spent = Math.max(0, calendar.workingDaysUntil(calendar.effectiveReceiptDate(request.receivedAt()),
                    today));
            boolean atRisk = median != null && atRisk(median, spent, left);
            rows.add(new Row(CaseType.PERMOHONAN, request.registrationNumber(),
                    messages.text("supervision.kind.notice", locale),
                    request.unit() == null ? "PPID" : unitName(request.unit()), dates.date(request.noticeDue(), locale),
                    left, urgency.of(left), atRisk, "/petugas/permohonan/" + request.requestId()));
        }
        for (OpenObjection objection : objections) {
            int left = calendar.workingDaysUntil(today, objection.answerDue());
            rows.add(new Row(CaseType.KEBERATAN, objection.objectionNumber(),
                    messages.text("supervision.kind.objection", locale), "Atasan PPID",
                    dates.date(objection.answerDue(), locale), left, urgency.of(left), false,
                    "/petugas/permohonan/" + objection.requestId()));
        }
        for (QueueItem complaint : complaints) {
            if (complaint.nextDue() == null) {
                continue;
            }
            int left = calendar.workingDaysUntil(today, complaint.nextDue());
            rows.add(new Row(CaseType.PENGADUAN, complaint.number(),
                    messages.text("DueKind." + complaint.nextDueKind().name(), locale),
                    complaint.units().isEmpty() ? "PPID" : String.join(", ",
                            complaint.units().stream().map(UnitId::value).map(this::unitName).toList()),
                    dates.date(complaint.nextDue(), locale), left, urgency.of(left), false,
                    "/petugas/pengaduan/" + complaint.complaintId()));
        }
        rows.sort(Comparator.comparingInt(Row::daysLeft).thenComparing(Row::number));
        return rows;
    }

    /**
     * Whether a notice is likely to be late: the hari kerja the PPID usually needs ({@code median}), less those
     * already spent on this request, are more than it has left. An overdue notice is late, not at risk.
     */
    static boolean atRisk(int median, int spent, int left) {
        return left >= 0 && median - spent > left;
    }

    private String unitName(String code) {
        return units.find(code).map(Units.Unit::name).orElse(code);
    }

    /** Counts per case type and tier, for the summary at the top. */
    private static Map<CaseType, Map<Urgency, Integer>> tiers(List<Row> rows) {
        Map<CaseType, Map<Urgency, Integer>> tiers = new EnumMap<>(CaseType.class);
        for (CaseType type : CaseType.values()) {
            Map<Urgency, Integer> counts = new EnumMap<>(Urgency.class);
            for (Urgency tier : Urgency.values()) {
                counts.put(tier, (int) rows.stream().filter(row -> row.type() == type && row.urgency() == tier)
                        .count());
            }
            tiers.put(type, counts);
        }
        return tiers;
    }

    private static List<Load> loads(List<Row> rows) {
        Map<String, List<Row>> byUnit = new LinkedHashMap<>();
        rows.forEach(row -> byUnit.computeIfAbsent(row.unit(), unit -> new ArrayList<>()).add(row));
        return byUnit.entrySet().stream().map(entry -> new Load(entry.getKey(), entry.getValue().size(),
                        count(entry.getValue(), Urgency.OVERDUE), count(entry.getValue(), Urgency.DUE_SOON),
                        (int) entry.getValue().stream().filter(Row::atRisk).count()))
                .sorted(Comparator.comparingInt(Load::overdue).reversed().thenComparing(Load::unit))
                .toList();
    }

    private static int count(List<Row> rows, Urgency tier) {
        return (int) rows.stream().filter(row -> row.urgency() == tier).count();
    }
}
