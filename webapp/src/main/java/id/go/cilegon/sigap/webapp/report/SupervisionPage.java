package id.go.cilegon.sigap.webapp.report;

import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.query.complaint.ComplaintProjection;
import id.go.cilegon.sigap.query.complaint.api.ComplaintQueue;
import id.go.cilegon.sigap.query.complaint.api.ListComplaintQueue;
import id.go.cilegon.sigap.query.complaint.api.QueueItem;
import id.go.cilegon.sigap.query.handling.CaseHandlerProjection;
import id.go.cilegon.sigap.query.handling.api.CaseHandler;
import id.go.cilegon.sigap.query.handling.api.ListCaseHandlers;
import id.go.cilegon.sigap.query.informationrequest.InformationRequestProjection;
import id.go.cilegon.sigap.query.informationrequest.api.ListOpenRequests;
import id.go.cilegon.sigap.query.informationrequest.api.OpenRequest;
import id.go.cilegon.sigap.query.informationrequest.api.RequestQueue;
import id.go.cilegon.sigap.query.informationrequest.deadline.ObjectionDeadlineProjection;
import id.go.cilegon.sigap.query.informationrequest.deadline.api.ListOpenObjections;
import id.go.cilegon.sigap.query.informationrequest.deadline.api.OpenObjection;
import id.go.cilegon.sigap.query.informationrequest.register.RegisterProjection;
import id.go.cilegon.sigap.query.informationrequest.register.api.ListNoticeTimes;
import id.go.cilegon.sigap.query.informationrequest.register.api.NoticeTime;
import id.go.cilegon.sigap.query.mediaissue.MediaIssueProjection;
import id.go.cilegon.sigap.query.mediaissue.api.ListMediaIssues;
import id.go.cilegon.sigap.query.mediaissue.api.MediaIssueFile;
import id.go.cilegon.sigap.webapp.security.Officer;
import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.shared.FieldMessages;
import id.go.cilegon.sigap.webapp.shared.FilterParameters;
import id.go.cilegon.sigap.webapp.shared.Messaging;
import id.go.cilegon.sigap.webapp.shared.OfficeDates;
import id.go.cilegon.sigap.webapp.shared.Paging;
import id.go.cilegon.sigap.webapp.shared.ReadModelVersions;
import id.go.cilegon.sigap.webapp.shared.Urgency;
import id.go.cilegon.sigap.webapp.unit.Units;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The supervisor's view of every running clock of every kind of case: the written notice of each open request, the
 * Atasan's answer to each open keberatan, each complaint's next clock and each media issue's triage or response, with the hari kerja left in the overdue,
 * due soon and on track tiers, who handles each case and whether it waits for the Atasan, the load of each unit and
 * of each officer, and the notices likely to be late at the pace of this year: a notice is at risk when the hari
 * kerja the PPID usually needs for one (the median of this year's notices) are more than the request has left,
 * counting the days already spent on it. {@link SupervisionPages} serves it and its actions.
 */
@Component
class SupervisionPage {

    static final Set<OfficerRole> WATCHERS =
            Set.of(OfficerRole.SUPERVISOR, OfficerRole.ATASAN_PPID, OfficerRole.PETUGAS_PPID);
    /** Who may give a case to an officer. */
    static final Set<OfficerRole> ASSIGNERS = Set.of(OfficerRole.SUPERVISOR, OfficerRole.ATASAN_PPID);
    /** Who may put a case before the Atasan PPID. */
    static final Set<OfficerRole> ESCALATORS = Set.of(OfficerRole.SUPERVISOR, OfficerRole.PETUGAS_PPID);
    /** Whom a case can be given to. */
    static final List<OfficerRole> HANDLER_ROLES = List.of(OfficerRole.PETUGAS_PPID, OfficerRole.ATASAN_PPID);
    /** The officer filter's value for cases nobody was given. */
    static final String UNASSIGNED = "-";
    /** The processors whose read models the page reads. */
    private static final List<String> SOURCES = List.of(InformationRequestProjection.PROCESSING_GROUP,
            ObjectionDeadlineProjection.PROCESSING_GROUP, ComplaintProjection.PROCESSING_GROUP,
            RegisterProjection.PROCESSING_GROUP, MediaIssueProjection.PROCESSING_GROUP,
            CaseHandlerProjection.PROCESSING_GROUP);
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
    private final ReadModelVersions versions;
    /** This year's open work, and last year's for a day after the new year. */
    private final ReadModelVersions.Cache<Integer, OpenWork> openWork = new ReadModelVersions.Cache<>(2);
    /**
     * The boards last shown, while the read models stand still (ADR 0028): a supervisor keeps the page open and
     * comes back to it, and each board counts every running clock of the city.
     */
    private final ReadModelVersions.Cache<BoardKey, Board> boards = new ReadModelVersions.Cache<>(16);

    SupervisionPage(Messaging messaging, OfficerAccounts accounts, WorkingDayCalendar calendar,
            Urgency.Ranking urgency, AnnualReportBuilder reports, OfficeDates dates, FieldMessages messages,
            Units units, Clock clock, ReadModelVersions versions) {
        this.messaging = messaging;
        this.accounts = accounts;
        this.calendar = calendar;
        this.urgency = urgency;
        this.reports = reports;
        this.dates = dates;
        this.messages = messages;
        this.units = units;
        this.clock = clock;
        this.versions = versions;
    }

    enum CaseType {
        PERMOHONAN, KEBERATAN, PENGADUAN, ISU_MEDIA;

        /** Whether a case of this type has a handler a supervisor can change (a keberatan is the Atasan's). */
        public boolean handled() {
            return this != KEBERATAN;
        }

        /** Whether the PPID can put a case of this type before the Atasan PPID (a media issue is not UU KIP work). */
        public boolean escalatable() {
            return this == PERMOHONAN || this == PENGADUAN;
        }
    }

    /**
     * One running clock. {@code atRisk}: likely to be late at this year's pace (written notices only);
     * {@code handler}: the handler's user name or {@code null}; {@code escalation}: why it waits for the Atasan.
     */
    record Row(CaseType type, String caseId, String number, String kind, List<String> unitCodes, String unit,
            String handler, String handlerName, String escalation, String due, int daysLeft, Urgency urgency,
            boolean atRisk, String path) {
    }

    /** A unit's or an officer's open clocks by tier. */
    record Load(String name, String filter, int open, int overdue, int dueSoon, int atRisk, int escalated) {
    }

    /** What the page shows; each {@code null} means all. */
    record Filters(CaseType type, String unit, String officer, Urgency tier) {

        static final Filters NONE = new Filters(null, null, null, null);

        /** From the page's query parameters; an unknown type or tier is a 400, not an empty page. */
        static Filters parse(String type, String unit, String officer, String tier) {
            return new Filters(FilterParameters.choice(CaseType.class, type, "jenis"), FilterParameters.text(unit),
                    FilterParameters.text(officer), FilterParameters.choice(Urgency.class, tier, "tingkat"));
        }

        boolean admits(Row row) {
            return (type == null || row.type() == type)
                    && (unit == null || row.unitCodes().contains(unit))
                    && (officer == null || officer.equals(row.handler() == null ? UNASSIGNED : row.handler()))
                    && (tier == null || row.urgency() == tier);
        }
    }

    /** The officer may watch the clocks, or the request is forbidden. */
    Mono<Officer> watcher(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .flatMap(principal -> accounts.officer(principal.getName()))
                .filter(officer -> WATCHERS.stream().anyMatch(officer::has))
                .switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN)));
    }

    /** Every officer a request or complaint can be given to, by display name. */
    Mono<List<Officer>> handlers() {
        return accounts.withAnyRole(HANDLER_ROLES);
    }

    /** Every officer a media issue can be given to, by display name. */
    Mono<List<Officer>> mediaHandlers() {
        return accounts.withAnyRole(List.of(OfficerRole.PETUGAS_MEDIA));
    }

    /**
     * Fills the model of the page for {@code officer} with what {@code filters} admit, the clocks' page {@code page}
     * of them; answers the view. The summary and the load tables count every clock the filters admit.
     */
    Mono<String> fill(Officer officer, Filters filters, int page, Model model, ServerWebExchange exchange) {
        Locale locale = exchange.getLocaleContext().getLocale();
        LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
        Mono<Object> version = versions.of(SOURCES).cache();
        return Mono.zip(handlers(), mediaHandlers())
                .publishOn(Schedulers.boundedElastic())
                .flatMap(officers -> {
                    Map<String, String> names = Stream.concat(officers.getT1().stream(), officers.getT2().stream())
                            .distinct().collect(Collectors.toMap(Officer::username, Officer::displayName));
                    List<Units.Unit> known = units.all();
                    BoardKey key = new BoardKey(today, locale, names, Units.Names.of(known), filters);
                    return boards.get(key, version, () -> openWork(today.getYear(), version)
                                    .publishOn(Schedulers.boundedElastic()).map(work -> board(work, key)))
                            .map(board -> {
                                Paging paging = Paging.of(page, Paging.OFFICER_PAGE, board.rows().size(),
                                        exchange.getRequest().getURI());
                                model.addAttribute("rows", board.rows().stream()
                                        .skip(Paging.offset(page, Paging.OFFICER_PAGE)).limit(Paging.OFFICER_PAGE)
                                        .toList());
                                model.addAttribute("paging", paging);
                                String query = exchange.getRequest().getURI().getRawQuery();
                                model.addAttribute("view", query == null ? "" : query);
                                model.addAttribute("tiers", board.tiers());
                                model.addAttribute("loads", board.loads());
                                model.addAttribute("officerLoads", board.officerLoads());
                                model.addAttribute("today", dates.date(today, locale));
                                model.addAttribute("filters", filters);
                                model.addAttribute("filtered", !filters.equals(Filters.NONE));
                                model.addAttribute("shown", board.rows().size());
                                model.addAttribute("total", board.total());
                                model.addAttribute("types", CaseType.values());
                                model.addAttribute("tierChoices", Urgency.values());
                                model.addAttribute("unitChoices", Units.activeOf(known));
                                model.addAttribute("handlers", officers.getT1());
                                model.addAttribute("mediaHandlers", officers.getT2());
                                model.addAttribute("mayAssign", ASSIGNERS.stream().anyMatch(officer::has));
                                model.addAttribute("mayEscalate", ESCALATORS.stream().anyMatch(officer::has));
                                return "laporan/pengawasan";
                            });
                });
    }

    /** What a board depends on besides the read models: the day, the language, the names and the filters. */
    private record BoardKey(LocalDate today, Locale locale, Map<String, String> names, Units.Names unitNames,
            Filters filters) {
    }

    /**
     * The page before it is cut into pages: the clocks the filters admit, most urgent first, how many clocks run in
     * all, and the counts by tier, unit and officer of the admitted ones.
     */
    private record Board(List<Row> rows, int total, Map<CaseType, Map<Urgency, Integer>> tiers, List<Load> loads,
            List<Load> officerLoads) {
    }

    private Board board(OpenWork work, BoardKey key) {
        List<Row> all = rows(work, new Rows(work.handling(), key.names(), key.unitNames(), key.today(), key.locale()));
        List<Row> rows = all.stream().filter(key.filters()::admits).toList();
        return new Board(rows, all.size(), tiers(rows),
                loads(rows, row -> row.unitCodes().isEmpty() ? List.of(new Named(row.unit(), null))
                        : row.unitCodes().stream().map(code -> new Named(key.unitNames().of(code), code)).toList()),
                loads(rows.stream().filter(row -> row.type().handled()).toList(), row -> List.of(row.handler() == null
                        ? new Named(messages.text("supervision.unassigned", key.locale()), UNASSIGNED)
                        : new Named(row.handlerName(), row.handler()))));
    }

    /**
     * Every open clock's case, the pace of this year's written notices and who handles each open case, as the read
     * models hold them; kept while they stand still (ADR 0028), for the page reads every open case.
     */
    private Mono<OpenWork> openWork(int year, Mono<Object> version) {
        return openWork.get(year, version, () -> Mono.zip(
                        messaging.query(ListOpenRequests.everything(), ResponseTypes.instanceOf(RequestQueue.class)),
                        messaging.query(new ListOpenObjections(), ResponseTypes.multipleInstancesOf(OpenObjection.class)),
                        messaging.query(ListComplaintQueue.everything(), ResponseTypes.instanceOf(ComplaintQueue.class)),
                        messaging.query(new ListNoticeTimes(year), ResponseTypes.multipleInstancesOf(NoticeTime.class)),
                        messaging.query(ListMediaIssues.open(), ResponseTypes.multipleInstancesOf(MediaIssueFile.class)))
                .flatMap(found -> {
                    Set<String> open = new HashSet<>();
                    found.getT1().requests().forEach(request -> open.add(request.requestId()));
                    found.getT3().items().forEach(item -> open.add(item.complaintId()));
                    found.getT5().forEach(issue -> open.add(issue.mediaIssueId()));
                    return messaging.query(new ListCaseHandlers(open),
                            ResponseTypes.multipleInstancesOf(CaseHandler.class))
                            .publishOn(Schedulers.boundedElastic())
                            .map(handling -> new OpenWork(found.getT1().requests(), found.getT2(),
                                    found.getT3().items(), pace(found.getT4()), found.getT5(), handling.stream()
                                            .collect(Collectors.toMap(CaseHandler::caseId, Function.identity()))));
                }));
    }

    private record OpenWork(List<OpenRequest> requests, List<OpenObjection> objections, List<QueueItem> complaints,
            Integer pace, List<MediaIssueFile> mediaIssues, Map<String, CaseHandler> handling) {
    }

    /** Median hari kerja to the written notice this year, or {@code null} while there are too few notices. */
    private Integer pace(List<NoticeTime> notices) {
        List<Integer> days = notices.stream()
                .map(notice -> reports.workingDaysTaken(notice.receivedAt(), notice.noticeSentAt())).sorted().toList();
        return days.size() < PACE_SAMPLE ? null : AnnualReportBuilder.median(days);
    }

    private List<Row> rows(OpenWork work, Rows made) {
        Integer median = work.pace();
        List<Row> rows = new ArrayList<>();
        for (OpenRequest request : work.requests()) {
            if (!request.noticeClockRunning()) {
                continue;
            }
            int spent = Math.max(0, made.daysFrom(calendar.effectiveReceiptDate(request.receivedAt())));
            boolean atRisk = median != null && atRisk(median, spent, made.daysLeft(request.noticeDue()));
            List<String> unitCodes = request.unit() == null ? List.of() : List.of(request.unit());
            rows.add(made.handled(CaseType.PERMOHONAN, request.requestId(), request.registrationNumber(),
                    "supervision.kind.notice", unitCodes, request.unit() == null ? "PPID" : made.unit(request.unit()),
                    request.noticeDue(), atRisk, "/petugas/permohonan/" + request.requestId()));
        }
        for (OpenObjection objection : work.objections()) {
            int left = made.daysLeft(objection.answerDue());
            rows.add(new Row(CaseType.KEBERATAN, objection.requestId(), objection.objectionNumber(),
                    made.label("supervision.kind.objection"), List.of(), "Atasan PPID", null, null, null,
                    made.date(objection.answerDue()), left, urgency.of(left), false,
                    "/petugas/permohonan/" + objection.requestId()));
        }
        for (QueueItem complaint : work.complaints()) {
            if (complaint.nextDue() == null) {
                continue;
            }
            List<String> unitCodes = complaint.units().stream().map(UnitId::value).toList();
            rows.add(made.handled(CaseType.PENGADUAN, complaint.complaintId(), complaint.number(),
                    "DueKind." + complaint.nextDueKind().name(), unitCodes,
                    unitCodes.isEmpty() ? "PPID" : String.join(", ", unitCodes.stream().map(made::unit).toList()),
                    complaint.nextDue(), false, "/petugas/pengaduan/" + complaint.complaintId()));
        }
        for (MediaIssueFile issue : work.mediaIssues()) {
            issue.runningClock().ifPresent(clock -> {
                String unit = issue.triage() == null ? null : issue.triage().unit();
                rows.add(made.handled(CaseType.ISU_MEDIA, issue.mediaIssueId(), issue.number(),
                        "supervision.kind.media." + clock.kind().name(), unit == null ? List.of() : List.of(unit),
                        unit == null ? "Bidang IKP" : made.unit(unit), clock.dueDate(), false,
                        "/petugas/isu/" + issue.mediaIssueId()));
            });
        }
        rows.sort(Comparator.comparingInt(Row::daysLeft).thenComparing(Row::number));
        return rows;
    }

    /**
     * Makes the rows of one reading of the page. Thousands of open cases share a few hundred due dates, a dozen
     * labels and some dozens of units, so each date's hari kerja and text and each label are worked out once, and the
     * units' names are read once.
     */
    private final class Rows {

        private final Map<String, CaseHandler> handling;
        private final Map<String, String> names;
        private final Units.Names unitNames;
        private final LocalDate today;
        private final Locale locale;
        private final Map<LocalDate, Integer> daysLeft = new HashMap<>();
        private final Map<LocalDate, Integer> daysFrom = new HashMap<>();
        private final Map<LocalDate, String> dates = new HashMap<>();
        private final Map<String, String> labels = new HashMap<>();

        Rows(Map<String, CaseHandler> handling, Map<String, String> names, Units.Names unitNames, LocalDate today,
                Locale locale) {
            this.handling = handling;
            this.names = names;
            this.unitNames = unitNames;
            this.today = today;
            this.locale = locale;
        }

        /** A row of a case someone can be given, its handler and escalation as the case handlers say. */
        Row handled(CaseType type, String caseId, String number, String kindLabel, List<String> unitCodes,
                String unit, LocalDate due, boolean atRisk, String path) {
            int left = daysLeft(due);
            CaseHandler handler = handling.get(caseId);
            String username = handler == null ? null : handler.handler();
            return new Row(type, caseId, number, label(kindLabel), unitCodes, unit, username,
                    username == null ? null : names.getOrDefault(username, username),
                    handler == null ? null : handler.escalationReason(), date(due), left, urgency.of(left), atRisk,
                    path);
        }

        int daysLeft(LocalDate due) {
            return daysLeft.computeIfAbsent(due, day -> calendar.workingDaysUntil(today, day));
        }

        /** Hari kerja from {@code start} to today. */
        int daysFrom(LocalDate start) {
            return daysFrom.computeIfAbsent(start, day -> calendar.workingDaysUntil(day, today));
        }

        String date(LocalDate day) {
            return dates.computeIfAbsent(day, each -> SupervisionPage.this.dates.date(each, locale));
        }

        String unit(String code) {
            return unitNames.of(code);
        }

        String label(String key) {
            return labels.computeIfAbsent(key, each -> messages.text(each, locale));
        }
    }

    /**
     * Whether a notice is likely to be late: the hari kerja the PPID usually needs ({@code median}), less those
     * already spent on this request, are more than it has left. An overdue notice is late, not at risk.
     */
    static boolean atRisk(int median, int spent, int left) {
        return left >= 0 && median - spent > left;
    }

    /** Counts per case type and tier, for the summary at the top. */
    private static Map<CaseType, Map<Urgency, Integer>> tiers(List<Row> rows) {
        Map<CaseType, Map<Urgency, Integer>> tiers = new EnumMap<>(CaseType.class);
        for (CaseType type : CaseType.values()) {
            Map<Urgency, Integer> counts = new EnumMap<>(Urgency.class);
            for (Urgency tier : Urgency.values()) {
                counts.put(tier, 0);
            }
            tiers.put(type, counts);
        }
        rows.forEach(row -> tiers.get(row.type()).merge(row.urgency(), 1, Integer::sum));
        return tiers;
    }

    /** A group of the load tables: its name and the filter value that shows its cases, if any. */
    private record Named(String name, String filter) {
    }

    /** The rows grouped by {@code groups} (a complaint with two units counts for each), most overdue first. */
    private static List<Load> loads(List<Row> rows, Function<Row, List<Named>> groups) {
        Map<Named, List<Row>> grouped = new LinkedHashMap<>();
        rows.forEach(row -> groups.apply(row)
                .forEach(group -> grouped.computeIfAbsent(group, key -> new ArrayList<>()).add(row)));
        return grouped.entrySet().stream().map(entry -> new Load(entry.getKey().name(), entry.getKey().filter(),
                        entry.getValue().size(), count(entry.getValue(), Urgency.OVERDUE),
                        count(entry.getValue(), Urgency.DUE_SOON),
                        (int) entry.getValue().stream().filter(Row::atRisk).count(),
                        (int) entry.getValue().stream().filter(row -> row.escalation() != null).count()))
                .sorted(Comparator.comparingInt(Load::overdue).reversed().thenComparing(Load::name))
                .toList();
    }

    private static int count(List<Row> rows, Urgency tier) {
        return (int) rows.stream().filter(row -> row.urgency() == tier).count();
    }
}
