package id.go.cilegon.sigap.webapp.complaint;

import id.go.cilegon.sigap.command.personaldata.api.PersonInCase;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.query.complaint.api.ComplaintFile;
import id.go.cilegon.sigap.query.complaint.api.TimelineEntry;
import id.go.cilegon.sigap.webapp.personaldata.AccessLog;
import id.go.cilegon.sigap.webapp.security.Officer;
import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.shared.documents.DocumentFormat;
import id.go.cilegon.sigap.webapp.shared.documents.PrintedDocuments;
import java.time.Clock;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A complaint's chronology (<i>kronologi penanganan pengaduan</i>) as a print-friendly page and a PDF, for the
 * city's answer to the Ombudsman or LAPOR!, or for an audit: every officer who may open the complaint may print it.
 * When it names the complainant, the print is recorded in the personal-data access log first.
 */
@Controller
@RequestMapping("/petugas/pengaduan/{id}")
class ComplaintChronologyPages {

    private static final String TEMPLATE = "dokumen/kronologi-pengaduan";

    private final OfficerComplaints complaints;
    private final ComplaintWords words;
    private final OfficerAccounts accounts;
    private final PrintedDocuments printed;
    private final AccessLog accessLog;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    ComplaintChronologyPages(OfficerComplaints complaints, ComplaintWords words, OfficerAccounts accounts,
            PrintedDocuments printed, AccessLog accessLog, WorkingDayCalendar calendar, Clock clock) {
        this.complaints = complaints;
        this.words = words;
        this.accounts = accounts;
        this.printed = printed;
        this.accessLog = accessLog;
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping("/kronologi")
    @ResponseBody
    Mono<ResponseEntity<String>> page(@PathVariable("id") String id, ServerWebExchange exchange) {
        return chronology(id, exchange).map(chronology -> {
            String base = "/petugas/pengaduan/" + chronology.file().complaintId();
            return printed.pageAnswer(TEMPLATE, Map.of("chronology", chronology), base + "/kronologi.pdf", base,
                    exchange.getLocaleContext().getLocale());
        });
    }

    @GetMapping("/kronologi.pdf")
    @ResponseBody
    Mono<ResponseEntity<byte[]>> pdf(@PathVariable("id") String id, ServerWebExchange exchange) {
        return chronology(id, exchange).publishOn(Schedulers.boundedElastic())
                .map(chronology -> printed.pdfDownload(TEMPLATE, Map.of("chronology", chronology),
                        "kronologi-" + chronology.file().number().replace('/', '-') + ".pdf"));
    }

    /** The complaint this officer may open (else "not found"), with its whole timeline, the print logged first. */
    private Mono<ComplaintChronology> chronology(String id, ServerWebExchange exchange) {
        return complaints.officer(exchange).flatMap(officer -> complaints.file(id, officer).flatMap(file ->
                logged(file, officer).then(complaints.timeline(file)).flatMap(timeline -> accounts
                        .displayNames(timeline.stream().map(TimelineEntry::actor).toList())
                        .publishOn(Schedulers.boundedElastic())
                        .map(names -> ComplaintChronology.of(file, timeline,
                                words.officerTimeline(timeline, DocumentFormat.INDONESIAN), names, words::unitName,
                                officer.displayName(), clock.instant(), calendar)))));
    }

    private Mono<Void> logged(ComplaintFile file, Officer officer) {
        return file.complainant() == null || file.anonymous() ? Mono.empty()
                : accessLog.record(officer.username(), AccessLog.Action.CETAK_DOKUMEN,
                        PersonInCase.CaseKind.PENGADUAN, file.complaintId(), file.number(), "kronologi");
    }
}
