package id.go.cilegon.sigap.webapp.informationrequest;

import id.go.cilegon.sigap.command.personaldata.api.PersonInCase;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.query.informationrequest.api.CaseFile;
import id.go.cilegon.sigap.query.informationrequest.api.TimelineEntry;
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
 * The request's chronology (<i>kronologi penanganan</i>) as a print-friendly page and a PDF, for the PPID's
 * answer in a sengketa at the Komisi Informasi or for an audit: every officer who may open the case may print it.
 * It names the requester, so the print is recorded in the personal-data access log first.
 */
@Controller
@RequestMapping("/petugas/permohonan/{id}")
class ChronologyPages {

    private static final String TEMPLATE = "dokumen/kronologi";

    private final OfficerCases cases;
    private final CitizenCase words;
    private final OfficerAccounts accounts;
    private final PrintedDocuments printed;
    private final AccessLog accessLog;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    ChronologyPages(OfficerCases cases, CitizenCase words, OfficerAccounts accounts, PrintedDocuments printed,
            AccessLog accessLog, WorkingDayCalendar calendar, Clock clock) {
        this.cases = cases;
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
            String base = "/petugas/permohonan/" + chronology.file().requestId();
            return printed.pageAnswer(TEMPLATE, Map.of("chronology", chronology), base + "/kronologi.pdf", base,
                    exchange.getLocaleContext().getLocale());
        });
    }

    @GetMapping("/kronologi.pdf")
    @ResponseBody
    Mono<ResponseEntity<byte[]>> pdf(@PathVariable("id") String id, ServerWebExchange exchange) {
        return chronology(id, exchange).publishOn(Schedulers.boundedElastic())
                .map(chronology -> printed.pdfDownload(TEMPLATE, Map.of("chronology", chronology),
                        "kronologi-" + chronology.file().registrationNumber().replace('/', '-') + ".pdf"));
    }

    /**
     * The case this officer may open (else "not found"), with its whole timeline, the print logged first. The words
     * of a forwarding name its unit, which is read from the store: off the event loop.
     */
    private Mono<CaseChronology> chronology(String id, ServerWebExchange exchange) {
        return cases.officer(exchange).flatMap(officer -> cases.caseFile(id, officer).flatMap(file ->
                logged(file, officer).then(cases.timeline(file)).flatMap(timeline -> accounts
                        .displayNames(timeline.stream().map(TimelineEntry::actor).toList())
                        .publishOn(Schedulers.boundedElastic())
                        .map(names -> CaseChronology.of(file, timeline,
                                words.officerTimeline(timeline, DocumentFormat.INDONESIAN), names,
                                officer.displayName(), clock.instant(), calendar)))));
    }

    private Mono<Void> logged(CaseFile file, Officer officer) {
        return file.requester() == null && file.proxy() == null ? Mono.empty()
                : accessLog.record(officer.username(), AccessLog.Action.CETAK_DOKUMEN,
                        PersonInCase.CaseKind.PERMOHONAN, file.requestId(), file.registrationNumber(), "kronologi");
    }
}
